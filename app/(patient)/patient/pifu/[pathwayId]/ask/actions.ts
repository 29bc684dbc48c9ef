"use server";

import { redirect } from "next/navigation";
import { requirePatient } from "@/server/identity/guards";
import { makePifuRequest, patientPifuPathway, pifuRequestSchema, requestInputFromFields } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import { isUuid } from "@/server/platform/forms/uuid";
import type { AskState } from "@/app/_pifu/ask-form";


/** The patient's request for an appointment on their own PIFU pathway (scoped by the session, never the form). */
export async function askForAppointmentAction(_previous: AskState, formData: FormData): Promise<AskState> {
  const patient = await requirePatient();
  const values = formFields(formData);
  const pathwayId = values.pathwayId ?? "";
  const pathway = isUuid(pathwayId) ? await patientPifuPathway(db(), patient.patientId, pathwayId) : null;
  if (!pathway) return { message: "This follow-up could not be found", values };
  const input = requestInputFromFields(values, pathway.questions.length);
  if (input.aboutCondition === "no") redirect(`/patient/pifu/${pathway.id}/elsewhere`);
  const parsed = pifuRequestSchema.safeParse(input);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await makePifuRequest(db(), { by: "patient", patientId: patient.patientId }, pathway.id, parsed.data, { userId: patient.userId, label: "Patient (online)" });
  } catch (error) {
    return { message: userFacingError(error, "Asking for a PIFU appointment").message, values };
  }
  redirect(`/patient/pifu/${pathway.id}?asked=1`);
}
