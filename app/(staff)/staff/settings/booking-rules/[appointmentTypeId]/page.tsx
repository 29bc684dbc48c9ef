import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { loadBookingRules } from "@/server/booking/rules/list-booking-rules";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatDateTime } from "@/server/platform/time/london";
import { BookingRulesForm } from "./booking-rules-form";
import { describeRules } from "./describe-rules";

export const metadata: Metadata = { title: "Change booking rules" };

export default async function ChangeBookingRulesPage({ params }: { params: Promise<{ appointmentTypeId: string }> }) {
  await requireStaff("ADMIN");
  const { appointmentTypeId } = await params;
  if (!isUuid(appointmentTypeId)) notFound();
  const found = await loadBookingRules(db(), appointmentTypeId);
  if (!found) notFound();
  const { type, changes } = found;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/staff/settings/booking-rules">Back to booking rules</BackLink>
        <span className="nhsuk-caption-l">{type.service.name}</span>
        <h1>{type.name}: booking rules</h1>
        <BookingRulesForm rules={type} />
        <h2>Changes</h2>
        {changes.length === 0 ? (
          <p>These rules have not been changed here.</p>
        ) : (
          <Table
            caption="Changes to these rules, newest first"
            captionSize="s"
            head={["When", "Who", "Change"]}
            rows={changes.map((change) => [formatDateTime(change.occurredAt), change.actorLabel, describeRules(change.before, change.after)])}
          />
        )}
      </div>
    </div>
  );
}
