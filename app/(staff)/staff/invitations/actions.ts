"use server";

import { z } from "zod";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { normaliseReference } from "@/server/booking/reference/reference-sign-in";
import { db } from "@/server/platform/db/client";
import { InvitationNotPossibleError, sendBookingInvitation } from "@/server/booking/invitations/send-booking-invitation";

export type InvitationState = { error?: string; sent?: string };

const inputSchema = z.union([z.object({ referralId: z.uuid() }), z.object({ reference: z.string().transform(normaliseReference).pipe(z.string().regex(/^[A-Z0-9]{8}$/)) })]);

/** Emails (or posts) an accepted referral's patient their booking reference and a link to book. */
export async function sendInvitationAction(_previous: InvitationState, form: FormData): Promise<InvitationState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const referralId = String(form.get("referralId") ?? "");
  const parsed = inputSchema.safeParse(referralId ? { referralId } : { reference: String(form.get("reference") ?? "") });
  if (!parsed.success) return { error: "Enter a booking reference, like K7MX 4PQA" };
  const referral = await db().referral.findFirst({
    where: "referralId" in parsed.data ? { id: parsed.data.referralId } : { bookingReference: parsed.data.reference },
    select: { id: true, patient: { select: { givenName: true, familyName: true } }, service: { select: { name: true } } },
  });
  if (!referral) return { error: "No referral has that booking reference" };
  try {
    const { bookingReference } = await sendBookingInvitation(db(), referral.id, staffActor(staff));
    return { sent: `Invitation to book ${referral.service.name} sent to ${referral.patient.givenName} ${referral.patient.familyName} (booking reference ${bookingReference}).` };
  } catch (error) {
    if (error instanceof InvitationNotPossibleError) return { error: error.message };
    throw error;
  }
}
