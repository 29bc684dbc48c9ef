import type { DatePart } from "@/server/platform/forms/date-parts";

export type PatientSearchState = {
  /** Counts submissions, so the form is rebuilt with what was searched for. */
  submission: number;
  values?: Record<string, string>;
  errors?: Record<string, string>;
  dateParts?: DatePart[];
  result?: {
    total: number;
    page: number;
    pageCount: number;
    patients: Array<{ id: string; name: string; nhsNumber: string; dateOfBirth: string; address: string; flags: string[]; died: boolean }>;
  };
};

export const initialPatientSearchState: PatientSearchState = { submission: 0 };
