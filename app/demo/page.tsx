import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AppFrame } from "@/components/layout/app-frame";
import { Table } from "@/components/table";
import { env } from "@/server/platform/config/env";
import { DEMO_PATIENTS, DEMO_STAFF } from "@/prisma/seed/demo-identities";
import { staffRoleLabels } from "@/server/identity/roles";
import { formatNhsNumber } from "@/server/patients/nhs-number";

export const metadata: Metadata = { title: "How to sign in to the demo" };

/** For newcomers running the demo: who to sign in as, and how. Never shown in production. */
export default async function DemoPage() {
  // Decided per request, not at build time: the same build runs in a demo and in production.
  await connection();
  const config = env();
  if (config.appEnv === "production") notFound();
  return (
    <AppFrame>
      <h1>How to sign in to the demo</h1>
      <p className="nhsuk-lede-text">This copy of Front Door holds a made-up trust. Nobody in it is real.</p>

      <h2>As a patient</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        <li>Go to <a href="/sign-in">Sign in</a> and enter a demo patient&apos;s email address.</li>
        <li>
          Open the <a href="/dev/outbox">development outbox</a>, where email is kept instead of being sent, and follow the
          link in the newest email.
        </li>
      </ol>
      <Table
        caption="Demo patients"
        head={["Name", "Email", "NHS number", "Date of birth, postcode, booking reference"]}
        rows={DEMO_PATIENTS.map((p) => [p.name, p.email, formatNhsNumber(p.nhsNumber), `${p.dateOfBirth}, ${p.postcode}, ${p.bookingReference}`])}
      />

      <h2>As staff</h2>
      {config.localSignIn ? (
        <p>
          Go to <a href="/staff/sign-in">Staff sign in</a> and pick one of these people. This development sign-in does not
          exist in production, where staff use NHS CIS2.
        </p>
      ) : (
        <p>The development staff sign-in is turned off (ENABLE_LOCAL_SIGNIN).</p>
      )}
      <Table
        caption="Demo staff"
        head={["Name", "Role", "Email"]}
        rows={DEMO_STAFF.map((s) => [s.name, staffRoleLabels[s.role], s.email])}
      />
    </AppFrame>
  );
}
