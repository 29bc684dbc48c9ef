import type { DatePart } from "@/server/platform/forms/date-parts";
import type { FormState } from "@/server/platform/forms/form-state";

/** The patient search form's answer: the one form state, with the page of patients found. */
export type PatientSearchExtra = {
  /** The date boxes a date-of-birth error is about. */
  dateParts: DatePart[];
  result: {
    total: number;
    page: number;
    pageCount: number;
    patients: Array<{ id: string; name: string; nhsNumber: string; dateOfBirth: string; address: string; flags: string[]; died: boolean }>;
  };
};

export type PatientSearchState = FormState<PatientSearchExtra>;
