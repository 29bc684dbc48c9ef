import type { Metadata } from "next";
import { AppFrame } from "@/components/layout/app-frame";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Check your email</h1>
          <p>If we have that email address on your records, we have sent you a link to sign in.</p>
          <p>The link works once and expires in 15 minutes. Check your junk or spam folder if you cannot see it.</p>
          <p>
            No email after a few minutes? Your records may have a different address. Call the service that referred
            you, or <a href="/book-by-reference">use the booking reference in your letter</a>.
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
