import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { requirePatient } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { openInboxMessage } from "@/server/messages";
import { formatDateTime } from "@/server/platform/time/london";
import { isUuid } from "@/server/platform/forms/uuid";
import { MessageBody } from "../message-body";

export const metadata: Metadata = { title: "Your message" };

/** Opening a message counts as reading it: its letter, if not printed yet, is cancelled. */
export default async function PatientMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  const patient = await requirePatient();
  const { messageId } = await params;
  if (!isUuid(messageId)) notFound();
  const message = await openInboxMessage(db(), patient.patientId, messageId);
  if (!message) notFound();
  return (
    <>
      <BackLink href="/patient/messages">Back to your messages</BackLink>
      <h1>{message.content.title}</h1>
      <p className="nhsuk-body-s">Sent {formatDateTime(message.createdAt)}</p>
      <MessageBody content={message.content} />
      {message.letter?.status === "CANCELLED" ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You have read this message online, so we will not post you a paper copy.</p>
        </div>
      ) : null}
      <p>
        <a href={`/patient/messages/${message.id}/letter`} download>
          Download this message as a letter (PDF)
        </a>
      </p>
    </>
  );
}
