"use server";

import { redirect } from "next/navigation";
import { fieldErrorState, type FormState } from "@/app/_self-booking/form-state";
import { emailSignInSchema, requestSignInLink } from "@/server/identity/email-sign-in";
import { clientAddress } from "@/server/identity/request-origin";
import { db } from "@/server/platform/db/client";

const TOO_MANY = "You have asked for too many sign-in links. Wait 15 minutes before trying again, or use the booking reference in your letter.";

/**
 * Asks for a sign-in link. Known and unknown addresses get the same answer in the
 * same time (the link is sent by a job); the address travels in the POST body and
 * never in a URL.
 */
export async function requestSignInLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = emailSignInSchema.safeParse({ email: String(form.get("email") ?? "") });
  if (!parsed.success) return { ...fieldErrorState(parsed.error), values: { email: String(form.get("email") ?? "") } };
  const result = await requestSignInLink(db(), { email: parsed.data.email, clientAddress: await clientAddress() });
  if (!result.ok) return { message: TOO_MANY, errors: [{ href: "#email", text: TOO_MANY }], values: { email: parsed.data.email } };
  redirect("/sign-in/check-email");
}
