import type { Metadata } from "next";
import { InsetText } from "@/components/inset-text";
import { NotificationBanner } from "@/components/notification-banner";
import { normaliseReference } from "@/server/booking/reference/reference-sign-in";
import { REFERENCE_SESSION_MINUTES } from "@/server/booking/reference/reference-session";
import { ReferenceSignInForm } from "./reference-sign-in-form";

export const metadata: Metadata = { title: "Book or manage your appointment with a booking reference" };

/** Open to everyone: the reference, date of birth and postcode are the credentials (checked and rate limited by the action). */
export default async function BookByReferencePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const reference = typeof query.reference === "string" ? normaliseReference(query.reference).slice(0, 8) : "";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {query.ended === "1" && (
          <NotificationBanner>{`For your security, we signed you out after ${REFERENCE_SESSION_MINUTES} minutes. Enter your details again to carry on.`}</NotificationBanner>
        )}
        {query["signed-out"] === "1" && <NotificationBanner success>You have signed out</NotificationBanner>}
        <h1>Book or manage your appointment</h1>
        <p>Use the booking reference from your letter or email to book, change or cancel your appointment. You do not need an account.</p>
        <ReferenceSignInForm reference={reference} />
        <InsetText>
          <p>
            Have an account? <a href="/sign-in">Sign in</a> to see all your referrals and appointments.
          </p>
        </InsetText>
      </div>
    </div>
  );
}
