import type { Metadata } from "next";
import { Tag } from "@/components/tag";
import { requirePatient } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { listInbox } from "@/server/messages";
import { letterStatusColour, letterStatusLabel } from "@/server/messages/labels";
import { formatDateTime } from "@/server/platform/time/london";
import { isUuid } from "@/server/platform/forms/uuid";

export const metadata: Metadata = { title: "Your messages" };

export default async function PatientInboxPage({ searchParams }: { searchParams: Promise<{ before?: string; beforeId?: string }> }) {
  const patient = await requirePatient();
  const query = await searchParams;
  const before = query.before && isUuid(query.beforeId) && !Number.isNaN(Date.parse(query.before)) ? { createdAt: new Date(query.before), id: query.beforeId } : undefined;
  const { items, next } = await listInbox(db(), patient.patientId, before);
  return (
    <>
      <h1>Your messages</h1>
      <p>Every message and letter we have sent you. If you read a message here, we will not post you a paper copy.</p>
      {items.length === 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You have no messages yet.</p>
        </div>
      ) : (
        <ul className="nhsuk-list" aria-label="Your messages">
          {items.map((item) => (
            <li key={item.id}>
              <div className="nhsuk-card nhsuk-card--clickable">
                <div className="nhsuk-card__content">
                  <h2 className="nhsuk-card__heading nhsuk-heading-s">
                    <a className="nhsuk-card__link" href={`/patient/messages/${item.id}`}>
                      {item.readAt ? "" : "New: "}
                      {item.subject}
                    </a>
                  </h2>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{formatDateTime(item.createdAt)}</p>
                  {item.letter ? (
                    <p className="nhsuk-body-s">
                      Letter: <Tag colour={letterStatusColour[item.letter.status]}>{letterStatusLabel[item.letter.status]}</Tag>
                    </p>
                  ) : null}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {next ? (
        <p>
          <a href={`/patient/messages?before=${encodeURIComponent(next.createdAt.toISOString())}&beforeId=${next.id}`}>Older messages</a>
        </p>
      ) : null}
    </>
  );
}
