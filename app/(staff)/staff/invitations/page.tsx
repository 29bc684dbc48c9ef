import type { Metadata } from "next";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formatShortDate } from "@/server/platform/time/london";
import { InviteButton, InviteByReferenceForm } from "./invitation-forms";

export const metadata: Metadata = { title: "Invitations to book" };
export const dynamic = "force-dynamic";

/**
 * Invite patients to book online: by booking reference, or from the accepted
 * referrals waiting longest (treat in turn). Each invitation carries the
 * reference and a link to /book-by-reference.
 */
export default async function InvitationsPage() {
  await requireStaff("BOOKING_CLERK");
  const waiting = await db().referral.findMany({
    where: { status: "ACCEPTED", waitingList: { some: { status: "WAITING" } } },
    orderBy: [{ priority: "desc" }, { receivedAt: "asc" }],
    take: 25,
    select: {
      id: true,
      receivedAt: true,
      bookingReference: true,
      service: { select: { name: true } },
      patient: { select: { givenName: true, familyName: true, preferredContact: true, email: true } },
    },
  });
  return (
    <>
      <h1>Invitations to book</h1>
      <p>An invitation gives the patient their booking reference and a link to book online without an account. Patients who asked for post get a letter.</p>
      <h2 className="nhsuk-heading-m">Invite by booking reference</h2>
      <InviteByReferenceForm />
      <h2 className="nhsuk-heading-m">Waiting longest</h2>
      <Table
        caption="Accepted referrals waiting to be booked, urgent first, then longest waiting"
        head={["Patient", "Service", "Received", "Reference", "Invite"]}
        rows={waiting.map((r) => {
          const name = `${r.patient.givenName} ${r.patient.familyName}`;
          return [
            <>
              {name}
              <br />
              <span className="nhsuk-body-s">{r.patient.preferredContact === "POST" || !r.patient.email ? "By post" : "By email"}</span>
            </>,
            r.service.name,
            formatShortDate(r.receivedAt),
            r.bookingReference ?? "Not yet",
            <InviteButton key="invite" referralId={r.id} context={`to ${name}`} />,
          ];
        })}
      />
    </>
  );
}
