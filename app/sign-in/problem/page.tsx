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
        </div>
      </div>
    </AppFrame>
  );
}
