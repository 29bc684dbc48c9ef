import { InsetText } from "@/components/inset-text";
import type { BookingContext } from "@/server/booking/centre/booking-context";

/** Step one of booking: which referral's waiting-list entry the appointment is for. */
export function ChooseEntry({ patientId, waiting }: { patientId: string; waiting: BookingContext["waiting"] }) {
  if (waiting.length === 0) {
    return <InsetText>This patient is not waiting for any appointment. A referral must be accepted onto a waiting list before it can be booked.</InsetText>;
  }
  return (
    <>
      <h2>What is the appointment for?</h2>
      <ul className="nhsuk-list nhsuk-list--border">
        {waiting.map((entry) => (
          <li key={entry.id}>
            <a href={`/staff/patients/${patientId}/book?entry=${entry.id}`}>{entry.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
