"use server";

import { z } from "zod";
import { staffAction } from "@/server/identity/action";
import { db } from "@/server/platform/db/client";
import { datePartsInError } from "@/server/platform/forms/date-parts";
import { formErrorState } from "@/server/platform/forms/form-errors";
import { formTexts } from "@/server/platform/forms/form-state";
import { communicationFlags } from "@/server/patients/communication-needs";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { patientSearchInput, patientSearchSchema } from "@/server/patients/patient-search-schema";
import { staffPatientName } from "@/server/patients/patient-name";
import { searchPatients } from "@/server/patients/search-patients";
import { formatCalendarDate } from "@/server/platform/time/london";
import type { PatientSearchExtra, PatientSearchState } from "./patient-search-state";

/**
 * Finds patients. A POST, not a query string, so NHS numbers, names and dates of
 * birth stay out of URLs, browser history and access logs.
 */
export const searchPatientsAction = staffAction<z.ZodType<Record<string, string>>, PatientSearchExtra>(
  "any",
  z.record(z.string(), z.string()),
  async (fields, { values, previous }): Promise<PatientSearchState> => {
    const parsed = patientSearchSchema.safeParse(patientSearchInput(fields));
    if (!parsed.success) {
      const state = formErrorState(parsed.error, { previous, values });
      return state.errors.dateOfBirth ? { ...state, dateParts: datePartsInError(parsed.error, "dateOfBirth") } : state;
    }
    const found = await searchPatients(db(), parsed.data);
    return {
      status: "done",
      attempt: previous.attempt + 1,
      errors: {},
      values: { ...values, page: String(found.page) },
      result: {
        total: found.total,
        page: found.page,
        pageCount: found.pageCount,
        patients: found.patients.map((p) => ({
          id: p.id,
          name: staffPatientName(p),
          nhsNumber: formatNhsNumber(p.nhsNumber),
          dateOfBirth: formatCalendarDate(p.dateOfBirth),
          address: `${p.addressLine1}, ${p.town}, ${p.postcode}`,
          flags: communicationFlags(p).map((f) => f.text),
          died: p.diedAt !== null,
        })),
      },
    };
  },
  { input: (_form, values) => formTexts(values) },
);
