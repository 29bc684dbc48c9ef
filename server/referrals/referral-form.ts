import type { CreateReferralInput } from "./schemas";
import { formDate, formText } from "../platform/forms/form-fields";

/** Staff-form submissions carry a one-off id, so a double submit creates one referral. */
export const STAFF_FORM_SOURCE_SYSTEM = "front-door:staff-form";

/** The staff new-referral form's fields as createReferral's input (createReferralSchema then judges them). */
export function referralInputFromForm(formData: FormData): CreateReferralInput {
  const optional = (name: string) => formText(formData, name).trim() || undefined;
  const known = formText(formData, "knownPatient") === "yes";
  return {
    patient: known
      ? { nhsNumber: formText(formData, "nhsNumber") }
      : {
          nhsNumber: formText(formData, "nhsNumber"),
          givenName: formText(formData, "givenName"),
          familyName: formText(formData, "familyName"),
          dateOfBirth: formDate(formData, "dateOfBirth"),
          addressLine1: formText(formData, "addressLine1"),
          addressLine2: optional("addressLine2"),
          town: formText(formData, "town"),
          postcode: formText(formData, "postcode"),
          email: optional("email"),
          mobile: optional("mobile"),
        },
    serviceCode: formText(formData, "serviceCode"),
    source: formText(formData, "source") as CreateReferralInput["source"],
    referrerName: formText(formData, "referrerName"),
    referrerOrgCode: optional("referrerOrgCode"),
    referrerEmail: optional("referrerEmail"),
    receivedAt: formDate(formData, "receivedAt"),
    priority: formText(formData, "priority") as CreateReferralInput["priority"],
    reason: formText(formData, "reason"),
    ubrn: optional("ubrn"),
    sourceSystem: STAFF_FORM_SOURCE_SYSTEM,
    sourceId: formText(formData, "formId"),
  };
}

/** Where each createReferral field is on the form, for error links. */
export function formFieldId(path: string): string {
  const field = path.startsWith("patient.") ? path.slice("patient.".length) : path;
  if (field === "dateOfBirth" || field === "receivedAt") return `${field}-day`;
  return field;
}
