import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import type { PatientRecord } from "@/server/patients/patient-record";
import { referralStatusColour, referralStatusLabel } from "@/server/referrals/status-labels";
import { formatCalendarDate, formatShortDate } from "@/server/platform/time/london";
import { InviteButton } from "../../invitations/invitation-forms";

type Props = { patientId: string; referrals: PatientRecord["referrals"]; canBook: boolean; canStartPifu?: boolean };

const kindLabel = { NEW: "New appointment", FOLLOW_UP: "Follow-up" } as const;
const entryStatus = { WAITING: "Waiting", BOOKED: "Booked", REMOVED: "Removed", COMPLETED: "Seen" } as const;
const priorityLabel = { ROUTINE: "Routine", URGENT: "Urgent", TWO_WEEK_WAIT: "Two-week wait" } as const;

/** Each referral with its waiting-list entries; a waiting entry can be booked from here. */
export function ReferralsList({ patientId, referrals, canBook, canStartPifu }: Props) {
  if (referrals.length === 0) return <p>No referrals.</p>;
  return (
    <>
      {referrals.map((referral) => (
        <div className="nhsuk-card" key={referral.id}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">
              <a href={`/staff/referrals/${referral.id}`}>{referral.service.name}</a>
            </h3>
            <p>
              <Tag colour={referralStatusColour[referral.status]}>{referralStatusLabel[referral.status]}</Tag>{" "}
              {referral.priority !== "ROUTINE" && <Tag colour="red">{priorityLabel[referral.priority]}</Tag>}
            </p>
            <p>
              Received {formatShortDate(referral.receivedAt)} from {referral.referrerName}. {referral.reason}
            </p>
            {/* The patient can book online with the reference an invitation gives them. */}
            {canBook && referral.status === "ACCEPTED" && referral.waitingList.some((entry) => entry.status === "WAITING") && (
              <InviteButton referralId={referral.id} context={`to book ${referral.service.name}`} />
            )}
            {canStartPifu && ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU"].includes(referral.status) && (
              <p>
                <a href={`/staff/pifu/start/${referral.id}`}>
                  {referral.status === "ON_PIFU" ? "Change patient-initiated follow-up" : "Start patient-initiated follow-up"}
                  <span className="nhsuk-u-visually-hidden"> for {referral.service.name}</span>
                </a>
              </p>
            )}
            {referral.waitingList.length > 0 && (
              <Table
                caption={`Waiting list entries for ${referral.service.name}`}
                captionSize="s"
                head={["Waiting for", "Since", "Status", <span key="action" className="nhsuk-u-visually-hidden">Action</span>]}
                rows={referral.waitingList.map((entry) => [
                  `${kindLabel[entry.kind]}${entry.appointmentType ? ` (${entry.appointmentType.name})` : ""}${entry.dueBy ? `, due by ${formatCalendarDate(entry.dueBy)}` : ""}`,
                  formatShortDate(entry.addedAt),
                  entryStatus[entry.status],
                  canBook && entry.status === "WAITING" ? (
                    <a href={`/staff/patients/${patientId}/book?entry=${entry.id}`}>
                      Book<span className="nhsuk-u-visually-hidden"> {kindLabel[entry.kind].toLowerCase()} for {referral.service.name}</span>
                    </a>
                  ) : (
                    ""
                  ),
                ])}
              />
            )}
          </div>
        </div>
      ))}
    </>
  );
}
