"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { bookingRulesSchema } from "@/server/booking/rules/booking-rules-schema";
import { updateBookingRules } from "@/server/booking/rules/update-booking-rules";
import { staffActor } from "@/server/identity/staff-actor";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { db } from "@/server/platform/db/client";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";

export type BookingRulesState = { errors?: Record<string, string>; message?: string; values?: Record<string, string> };

export async function updateBookingRulesAction(_previous: BookingRulesState, formData: FormData): Promise<BookingRulesState> {
  const staff = await requireStaff("ADMIN");
  const values = formFields(formData);
  const parsed = bookingRulesSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await updateBookingRules(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Saving booking rules").message, values };
  }
  redirect("/staff/settings/booking-rules?saved=1");
}
