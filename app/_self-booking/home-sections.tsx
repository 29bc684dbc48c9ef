import { Button } from "@/components/button";
import { db } from "@/server/platform/db/client";
import { modeLabel } from "@/server/booking/appointments/describe-appointment";
import { listBookableEntries } from "@/server/booking/self-service/bookable-entries";
import { listUpcomingAppointments } from "@/server/booking/self-service/upcoming-appointments";
import { formatDateTime } from "@/server/platform/time/london";
import type { Flow } from "./flow";

/** "Book your appointment" for each referral or follow-up ready to book, then upcoming appointments. */
export async function HomeSections({ flow }: { flow: Flow }) {
  const now = new Date();
  const [entries, appointments] = await Promise.all([listBookableEntries(db(), flow.scope), listUpcomingAppointments(db(), flow.scope, now)]);
  return (
    <>
      {entries.length > 0 && (
        <section aria-labelledby="ready-to-book">
          <h2 id="ready-to-book">Book your appointment</h2>
          <ul className="nhsuk-list" aria-label="Ready to book">
            {entries.map((entry) => (
              <li key={entry.id}>
                <div className="nhsuk-card nhsuk-card--feature">
                  <div className="nhsuk-card__content nhsuk-card__content--feature">
                    <h3 className="nhsuk-card__heading nhsuk-card__heading--feature">{entry.service.name}</h3>
                    <p>{entry.kind === "NEW" ? "Your first appointment is ready to book." : "Your follow-up appointment is ready to book."}</p>
                    {entry.bookableTypes.length > 0 ? (
                      <>
                        <p className="nhsuk-body-s">{`You can choose ${entry.bookableTypes.map((t) => modeLabel[t.mode].toLowerCase()).join(", ")} appointments.`}</p>
                        <Button href={flow.paths.book(entry.id)} className="nhsuk-u-margin-bottom-0">
                          Book your appointment<span className="nhsuk-u-visually-hidden"> with {entry.service.name}</span>
                        </Button>
                      </>
                    ) : (
                      <p>{`This appointment is arranged with you by phone. Call ${entry.service.name} on ${entry.service.contactPhone} to book.`}</p>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {appointments.length > 0 && (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">Your appointments</h2>
          <ul className="nhsuk-list" aria-label="Upcoming appointments">
            {appointments.map((a) => (
              <li key={a.id}>
                <div className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading nhsuk-heading-s">{formatDateTime(a.startsAt)}</h3>
                    <p>
                      {a.appointmentType.name}, {a.clinic.service.name}
                      {a.appointmentType.mode === "IN_PERSON" ? ` at ${a.clinic.location.name}` : ""}
                    </p>
                    <p className="nhsuk-u-margin-bottom-0">
                      <a href={flow.paths.appointment(a.id)}>
                        View, change or cancel<span className="nhsuk-u-visually-hidden"> your appointment on {formatDateTime(a.startsAt)}</span>
                      </a>
                    </p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
