"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { decidePifuRequest, decideRequestSchema } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";

export type DecideState = { errors?: Record<string, string>; message?: string; values?: Record<string, string> };

/**
 * A clinician's decision on a PIFU request. "Book" opens the booking flow for the
 * patient's new follow-up entry when the signed-in role books; a clinician's
 * decision goes to the booking centre's "appointment to book" list instead.
 */
export async function decideRequestAction(_previous: DecideState, formData: FormData): Promise<DecideState> {
  const staff = await requireStaff("CLINICIAN");
  const values = formFields(formData);
  const parsed = decideRequestSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result;
  try {
    result = await decidePifuRequest(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Deciding a PIFU request").message, values };
  }
  if (result.waitingListEntryId && staff.role === "ADMIN") redirect(`/staff/patients/${result.patientId}/book?entry=${result.waitingListEntryId}`);
  redirect("/staff/pifu/requests?decided=1");
}
