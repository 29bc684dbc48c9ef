import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { currentUser } from "@/server/identity/session";
import { env } from "@/server/platform/config/env";

export const metadata: Metadata = { title: "Manage your referrals and appointments" };

export default async function HomePage() {
  const user = await currentUser();
  if (user) redirect(user.role === "PATIENT" ? "/patient" : "/staff");
  const config = env();
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Manage your referrals and appointments</h1>
          <p className="nhsuk-lede-text">
            Use this service to see your referrals to {config.trustName}, book, change or cancel appointments, and ask for
            a follow-up appointment when you need one.
          </p>
          <a className="nhsuk-button" href="/sign-in">Sign in</a>
          <h2 className="nhsuk-heading-m">Got a letter with a booking reference?</h2>
          <p>
            You can <a href="/book-by-reference">book with your booking reference</a> without signing in.
          </p>
          <h2 className="nhsuk-heading-m">Staff</h2>
          <p>
            <a href="/staff/sign-in">Sign in to the booking centre</a>
          </p>
          {config.appEnv !== "production" && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>
                This is a demonstration. <a href="/demo">See how to sign in as a demo patient or member of staff</a>.
              </p>
            </div>
          )}
        </div>
      </div>
    </AppFrame>
  );
}
