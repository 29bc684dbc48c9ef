import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { env } from "@/server/config/env";
import { DEMO_PATIENTS, DEMO_STAFF } from "@/prisma/seed/demo-identities";
import { staffRoleLabels } from "@/server/auth/roles";
import { formatNhsNumber } from "@/server/patients/nhs-number";

export const metadata: Metadata = { title: "How to sign in to the demo" };

/** For newcomers running the demo: who to sign in as, and how. Never shown in production. */
export default function DemoPage() {
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
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Demo patients</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col" className="nhsuk-table__header">Name</th>
            <th scope="col" className="nhsuk-table__header">Email</th>
            <th scope="col" className="nhsuk-table__header">NHS number</th>
            <th scope="col" className="nhsuk-table__header">Date of birth, postcode, booking reference</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {DEMO_PATIENTS.map((p) => (
            <tr className="nhsuk-table__row" key={p.email}>
              <td className="nhsuk-table__cell">{p.name}</td>
              <td className="nhsuk-table__cell">{p.email}</td>
              <td className="nhsuk-table__cell">{formatNhsNumber(p.nhsNumber)}</td>
              <td className="nhsuk-table__cell">{p.dateOfBirth}, {p.postcode}, {p.bookingReference}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>As staff</h2>
      {config.localSignIn ? (
        <p>
          Go to <a href="/staff/sign-in">Staff sign in</a> and pick one of these people. This development sign-in does not
          exist in production, where staff use NHS CIS2.
        </p>
      ) : (
        <p>The development staff sign-in is turned off (ENABLE_LOCAL_SIGNIN).</p>
      )}
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Demo staff</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col" className="nhsuk-table__header">Name</th>
            <th scope="col" className="nhsuk-table__header">Role</th>
            <th scope="col" className="nhsuk-table__header">Email</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {DEMO_STAFF.map((s) => (
            <tr className="nhsuk-table__row" key={s.email}>
              <td className="nhsuk-table__cell">{s.name}</td>
              <td className="nhsuk-table__cell">{staffRoleLabels[s.role]}</td>
              <td className="nhsuk-table__cell">{s.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AppFrame>
  );
}
