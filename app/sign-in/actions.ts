"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/server/identity/action";
import { emailSignInSchema, requestSignInLink } from "@/server/identity/email-sign-in";
import { clientAddress } from "@/server/identity/request-origin";
import { db } from "@/server/platform/db/client";
import { formValue } from "@/server/platform/forms/form-state";

const TOO_MANY = "You have asked for too many sign-in links. Wait 15 minutes before trying again, or use the booking reference in your letter.";

/**
 * Asks for a sign-in link. Known and unknown addresses get the same answer in the
 * same time (the link is sent by a job); the address travels in the POST body and
 * never in a URL. Public: it is the way in.
 */
export const requestSignInLinkAction = publicAction(
  emailSignInSchema,
  async (input, { previous }) => {
    const result = await requestSignInLink(db(), { email: input.email, clientAddress: await clientAddress() });
    if (!result.ok) return { status: "error", attempt: previous.attempt + 1, errors: { email: TOO_MANY }, values: { email: input.email } };
    redirect("/sign-in/check-email");
  },
  { input: (_form, values) => ({ email: formValue(values, "email") }), doing: "Asking for a sign-in link" },
);
