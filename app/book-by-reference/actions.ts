"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/server/identity/action";
import { clientAddress, endReferenceSession, startReferenceSession } from "@/server/identity/reference-session-guard";
import { referenceSignInSchema, signInWithReference } from "@/server/booking/reference/reference-sign-in";
import { db } from "@/server/platform/db/client";
import { formValue } from "@/server/platform/forms/form-state";

const NO_MATCH = "We could not find a referral that matches these details. Check your booking reference, date of birth and postcode, and try again.";
const TOO_MANY = "You have tried too many times. For your security, wait 15 minutes before trying again, or call the service on the number in your letter.";

/** Opens a 30-minute session for the one referral the reference, date of birth and postcode match. Public: it is the way in. */
export const referenceSignInAction = publicAction(
  referenceSignInSchema,
  async (input, { values, previous }) => {
    const result = await signInWithReference(db(), input, await clientAddress());
    if (!result.ok) return { status: "error", attempt: previous.attempt + 1, errors: {}, message: result.reason === "RATE_LIMITED" ? TOO_MANY : NO_MATCH, values };
    await startReferenceSession(result);
    redirect("/book-by-reference/manage");
  },
  {
    input: (_form, values) => ({
      reference: formValue(values, "reference"),
      dobDay: formValue(values, "dateOfBirth-day"),
      dobMonth: formValue(values, "dateOfBirth-month"),
      dobYear: formValue(values, "dateOfBirth-year"),
      postcode: formValue(values, "postcode"),
    }),
    fieldIds: { dobDay: "dateOfBirth-day", dobMonth: "dateOfBirth-month", dobYear: "dateOfBirth-year" },
    doing: "Signing in with a booking reference",
  },
);

/** Ends the session (public: ending a session one does not have changes nothing). */
export const referenceSignOutAction = publicAction(z.object({}), async () => {
  await endReferenceSession();
  redirect("/book-by-reference?signed-out=1");
});
