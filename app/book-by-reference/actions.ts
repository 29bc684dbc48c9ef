"use server";

import { redirect } from "next/navigation";
import { fieldErrorState, formValues, type FormState } from "@/app/_self-booking/form-state";
import { clientAddress, endReferenceSession, startReferenceSession } from "@/server/identity/reference-session-guard";
import { referenceSignInSchema, signInWithReference } from "@/server/booking/reference/reference-sign-in";
import { db } from "@/server/platform/db/client";

const NO_MATCH = "We could not find a referral that matches these details. Check your booking reference, date of birth and postcode, and try again.";
const TOO_MANY = "You have tried too many times. For your security, wait 15 minutes before trying again, or call the service on the number in your letter.";

/** Opens a 30-minute session for the one referral the reference, date of birth and postcode match. */
export async function referenceSignInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const field = (name: string) => String(form.get(name) ?? "");
  const parsed = referenceSignInSchema.safeParse({
    reference: field("reference"),
    dobDay: field("dateOfBirth-day"),
    dobMonth: field("dateOfBirth-month"),
    dobYear: field("dateOfBirth-year"),
    postcode: field("postcode"),
  });
  if (!parsed.success) {
    return { ...fieldErrorState(parsed.error, { dobDay: "dateOfBirth-day", dobMonth: "dateOfBirth-month", dobYear: "dateOfBirth-year" }), values: formValues(form) };
  }
  const result = await signInWithReference(db(), parsed.data, await clientAddress());
  if (!result.ok) {
    const text = result.reason === "RATE_LIMITED" ? TOO_MANY : NO_MATCH;
    return { message: text, errors: [{ href: "#reference", text }], values: formValues(form) };
  }
  await startReferenceSession(result);
  redirect("/book-by-reference/manage");
}

export async function referenceSignOutAction(): Promise<void> {
  await endReferenceSession();
  redirect("/book-by-reference?signed-out=1");
}
