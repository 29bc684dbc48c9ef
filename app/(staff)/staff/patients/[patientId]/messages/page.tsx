import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { loadMessageHistory } from "@/server/messages";
import { letterStatusColour, letterStatusLabel, messageStatusLabel } from "@/server/messages/labels";
import { letterVariantLabels } from "@/server/messages/letters/letter-variant";
import { formatDateTime } from "@/server/platform/time/london";
import { isUuid } from "@/server/platform/forms/uuid";
import { addressCheckedAction, forcePrintAction, returnedMailAction } from "../../../letters/actions";
import { RowAction } from "../../../letters/letter-buttons";

export const metadata: Metadata = { title: "Messages and letters" };
export const dynamic = "force-dynamic";

/** Every message to the patient: channel, plan step and status timeline, with the next step beside each. */
export default async function PatientMessagesPage({ params }: { params: Promise<{ patientId: string }> }) {
  await requireStaff();
  const { patientId } = await params;
  if (!isUuid(patientId)) notFound();
  const patient = await db().patient.findUnique({ where: { id: patientId }, select: { id: true, givenName: true, familyName: true, addressCheckNeededAt: true } });
  if (!patient) notFound();
  const messages = await loadMessageHistory(db(), patientId);
  const name = `${patient.givenName} ${patient.familyName}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink href={`/staff/patients/${patient.id}`}>Back to {name}</BackLink>
        <h1>Messages and letters: {name}</h1>
        {patient.addressCheckNeededAt ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Address to check
              </span>
            </h2>
            <p>A letter came back on {formatDateTime(patient.addressCheckNeededAt)}. Letters are held until the address is checked.</p>
            <RowAction action={addressCheckedAction} id={patient.id} label="Address checked" context={`for ${name}`} />
          </div>
        ) : null}
        <Table
          caption={`${messages.length} messages, newest first`}
          head={["Sent", "Message", "Channel", "Status", "Letter", "Timeline", "Next step"]}
          rows={messages.map((m) => [
            formatDateTime(m.createdAt),
            m.subject,
            m.channel === "LETTER" ? "Letter" : `${m.channel === "EMAIL" ? "Email" : "SMS"} and inbox`,
            <>
              {messageStatusLabel[m.status]}
              {m.lastError ? <span className="nhsuk-body-s"> ({m.lastError})</span> : null}
            </>,
            m.letter ? (
              <>
                <Tag colour={letterStatusColour[m.letter.status]}>{letterStatusLabel[m.letter.status]}</Tag>
                <br />
                <span className="nhsuk-body-s">
                  {letterVariantLabels[m.letter.variant]}, {m.letter.postageClass.toLowerCase()} class
                  {m.letter.status === "PENDING" && m.letter.printAfter ? `, prints from ${formatDateTime(m.letter.printAfter)} if unread` : ""}
                </span>
              </>
            ) : (
              "None planned"
            ),
            <ol key="t" className="nhsuk-list nhsuk-body-s">
              {m.events.map((e) => (
                <li key={String(e.id)}>
                  {formatDateTime(e.at)}: {e.channel.toLowerCase()} {e.status}
                  {e.detail ? ` (${e.detail})` : ""}
                </li>
              ))}
            </ol>,
            m.letter && ["DISPATCHED", "DELIVERED"].includes(m.letter.status) ? (
              <RowAction key="r" action={returnedMailAction} id={m.letter.id} label="Record returned" context={`letter: ${m.subject}`} reason />
            ) : m.status !== "CANCELLED" && (!m.letter || ["PENDING", "CANCELLED", "FAILED"].includes(m.letter.status)) ? (
              <RowAction key="f" action={forcePrintAction} id={m.id} label="Print now" context={m.subject} />
            ) : (
              ""
            ),
          ])}
        />
      </div>
    </div>
  );
}
