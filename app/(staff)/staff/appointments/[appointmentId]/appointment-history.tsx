import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import type { HistoryEntry } from "@/server/booking/centre/appointment-history";
import { formatDateTime } from "@/server/platform/time/london";

/** Who did what and when, with what changed, oldest first. */
export function AppointmentHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>No history has been recorded.</p>;
  return (
    <Table
      caption={<span className="nhsuk-u-visually-hidden">Appointment history, oldest first</span>}
      head={["When", "Who", "What happened", "Changes"]}
      rows={entries.map((entry) => [
        formatDateTime(entry.occurredAt),
        entry.who,
        <>
          {entry.what}
          {entry.safeguarding && (
            <>
              {" "}
              <Tag colour="red">Safeguarding</Tag>
            </>
          )}
        </>,
        entry.changes.length === 0 ? (
          ""
        ) : (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
            {entry.changes.map((change) => (
              <li key={change.field}>
                {change.field}: {change.before ? `${change.before} → ${change.after}` : change.after}
              </li>
            ))}
          </ul>
        ),
      ])}
    />
  );
}
