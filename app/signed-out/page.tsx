import type { Metadata } from "next";
import { AppFrame } from "@/components/layout/app-frame";

export const metadata: Metadata = { title: "You have been signed out" };

/** Where the idle sign-out lands. The session has already ended on the server. */
export default async function SignedOutPage({ searchParams }: { searchParams: Promise<{ staff?: string }> }) {
  const staff = (await searchParams).staff !== undefined;
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>You have been signed out</h1>
          <p>We signed you out because you had not done anything for a while. This keeps your information safe.</p>
          <p>Anything you had not saved has been lost.</p>
          <p>
            <a href={staff ? "/staff/sign-in" : "/sign-in"}>Sign in again</a>
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
