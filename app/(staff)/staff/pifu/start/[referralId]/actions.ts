"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { activatePifu, activatePifuSchema, dischargeAfterReview, loadActivationTarget } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import { isUuid } from "@/server/platform/forms/uuid";

export type StartState = { errors?: Record<string, string>; message?: string; values?: Record<string, string> };

/** A clinician puts a patient on PIFU from their record (not at an appointment outcome). */
export async function startPifuAction(_previous: StartState, formData: FormData): Promise<StartState> {
  const staff = await requireStaff("CLINICIAN");
  const values = formFields(formData);
  const input = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ""));
  const parsed = activatePifuSchema.safeParse(input);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const target = isUuid(parsed.data.referralId) ? await loadActivationTarget(db(), parsed.data.referralId, staff.userId) : null;
  if (!target) return { message: "The referral could not be found", values };
  if (!target.clinicianId) return { message: "Only a clinician, or after the patient has been seen, can start patient-initiated follow-up", values };
  try {
    await activatePifu(db(), parsed.data, { actor: staffActor(staff), clinicianId: target.clinicianId });
  } catch (error) {
    return { message: userFacingError(error, "Starting PIFU").message, values };
  }
  redirect(`/staff/pifu?started=1`);
}

/** At the end-of-period review the clinician discharges instead of starting a new period. */
export async function dischargeAfterReviewAction(_previous: StartState, formData: FormData): Promise<StartState> {
  const staff = await requireStaff("CLINICIAN");
  const pathwayId = String(formData.get("pathwayId") ?? "");
  if (!isUuid(pathwayId)) return { message: "This PIFU pathway could not be found" };
  try {
    await dischargeAfterReview(db(), pathwayId, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Discharging after a PIFU review").message };
  }
  redirect("/staff/pifu?view=review");
}
