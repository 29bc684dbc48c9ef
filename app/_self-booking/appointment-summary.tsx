import { SummaryList } from "@/components/summary-list";
import type { AppointmentDescription } from "@/server/booking/appointments/describe-appointment";

/** Everything about an appointment in one list: when (UK time), what, where or how, who. */
export function AppointmentSummary({ description: d }: { description: AppointmentDescription }) {
  return (
    <SummaryList
      rows={[
        { key: "Date and time", value: `${d.when} (UK time)` },
        { key: "Appointment", value: d.what },
        { key: "Type", value: d.mode },
        ...(d.place.length > 0
          ? [
              {
                key: "Where",
                value: (
                  <>
                    {d.place.map((line) => (
                      <span key={line}>
                        {line}
                        <br />
                      </span>
                    ))}
                  </>
                ),
              },
            ]
          : []),
        { key: "With", value: d.who },
        { key: "Service", value: d.service },
        ...(d.bookingReference ? [{ key: "Booking reference", value: d.bookingReference }] : []),
      ]}
    />
  );
}
