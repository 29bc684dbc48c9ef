import type { Metadata } from "next";
import { AppFrame } from "@/components/layout/app-frame";

export const metadata: Metadata = { title: "There is a problem signing you in" };

export default function SignInProblemPage() {
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>There is a problem signing you in</h1>
          <p>The link may have expired or already been used, or we could not match your details to our records.</p>
          <p>
            <a href="/sign-in">Try signing in again</a>, or <a href="/staff/sign-in">sign in as staff</a>.
          </p>
          <h2 className="nhsuk-heading-m">Booking from a letter or email?</h2>
          <p>
            You do not need to sign in to book, change or cancel an appointment we have invited you to.{" "}
            <a href="/book-by-reference">Use the booking reference in your letter or email</a>, with your date of birth and postcode.
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
