"use server";

import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { datePartsInError } from "@/server/platform/forms/date-parts";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import { communicationFlags } from "@/server/patients/communication-needs";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { patientSearchInput, patientSearchSchema } from "@/server/patients/patient-search-schema";
import { staffPatientName } from "@/server/patients/patient-name";
import { searchPatients } from "@/server/patients/search-patients";
import { formatCalendarDate } from "@/server/platform/time/london";
import type { PatientSearchState } from "./patient-search-state";

/**
 * Finds patients. A POST, not a query string, so NHS numbers, names and dates of
 * birth stay out of URLs, browser history and access logs.
 */
export async function searchPatientsAction(previous: PatientSearchState, formData: FormData): Promise<PatientSearchState> {
  await requireStaff();
  const values = formFields(formData);
  const submission = previous.submission + 1;
  const parsed = patientSearchSchema.safeParse(patientSearchInput(values));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.dateOfBirth) {
      const parts = datePartsInError(parsed.error, "dateOfBirth");
      return { submission, values, errors, dateParts: parts };
    }
    return { submission, values, errors };
  }
  const found = await searchPatients(db(), parsed.data);
  return {
    submission,
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
}
