"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { loadPifuPathwayForStaff, makePifuRequest, pifuRequestSchema, requestInputFromFields } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import { isUuid } from "@/server/platform/forms/uuid";
import type { AskState } from "@/app/_pifu/ask-form";

/** Staff log a request the patient made by phone; it joins the same triage queue. */
export async function logPhoneRequestAction(_previous: AskState, formData: FormData): Promise<AskState> {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const values = formFields(formData);
  const pathwayId = values.pathwayId ?? "";
  const pathway = isUuid(pathwayId) ? await loadPifuPathwayForStaff(db(), pathwayId) : null;
  if (!pathway) return { message: "This PIFU pathway could not be found", values };
  const input = requestInputFromFields(values, pathway.questions.length);
  if (input.aboutCondition === "no") {
    return { errors: { aboutCondition: "A request about something else is not for this follow-up: advise the patient to contact their GP, or 111 if they need help now" }, values };
  }
  const parsed = pifuRequestSchema.safeParse(input);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await makePifuRequest(db(), { by: "staff", userId: staff.userId }, pathway.id, parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Logging a PIFU phone request").message, values };
  }
  redirect("/staff/pifu/requests?logged=1");
}
