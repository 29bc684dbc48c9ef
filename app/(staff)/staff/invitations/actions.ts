"use server";

import { z } from "zod";
import { staffAction } from "@/server/identity/action";
import { normaliseReference } from "@/server/booking/reference/reference-sign-in";
import { db } from "@/server/platform/db/client";
import { formDoneState } from "@/server/platform/forms/form-errors";
import { sendBookingInvitation } from "@/server/booking/invitations/send-booking-invitation";

const REFERENCE = "Enter a booking reference, like K7MX 4PQA";

const inputSchema = z.union(
  [
    z.object({ referralId: z.uuid() }),
    z.object({ reference: z.string().transform(normaliseReference).pipe(z.string().regex(/^[A-Z0-9]{8}$/, { message: REFERENCE })) }),
  ],
  { message: REFERENCE },
);

/** Emails (or posts) an accepted referral's patient their booking reference and a link to book. */
export const sendInvitationAction = staffAction(
  "BOOKING_CLERK",
  inputSchema,
  async (input, { actor, previous }) => {
    const referral = await db().referral.findFirst({
      where: "referralId" in input ? { id: input.referralId } : { bookingReference: input.reference },
      select: { id: true, patient: { select: { givenName: true, familyName: true } }, service: { select: { name: true } } },
    });
    if (!referral) return { status: "error", attempt: previous.attempt + 1, errors: { reference: "No referral has that booking reference" }, values: {} };
    const { bookingReference } = await sendBookingInvitation(db(), referral.id, actor);
    return formDoneState(`Invitation to book ${referral.service.name} sent to ${referral.patient.givenName} ${referral.patient.familyName} (booking reference ${bookingReference}).`, previous);
  },
  {
    input: (formData) => {
      const referralId = String(formData.get("referralId") ?? "");
      return referralId ? { referralId } : { reference: String(formData.get("reference") ?? "") };
    },
    fieldIds: () => "reference",
    defaultField: "reference",
    doing: "Sending an invitation",
  },
);
