import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Button } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { getClinicOverview } from "@/server/scheduling/clinic-directory";
import { formatMinuteOfDay } from "@/server/scheduling/london-wall-clock";
import { weekdayName } from "@/server/scheduling/schemas";
import { getSetting } from "@/server/platform/settings/settings";
import { formatCalendarDate } from "@/server/platform/time/london";
import { removeClosureAction } from "../actions";
import { isUuid } from "@/server/platform/forms/uuid";

export const metadata: Metadata = { title: "Clinic" };

const doneMessages: Record<string, string> = {
  "session-added": "Session added",
  "session-changed": "Session changed",
  "session-removed": "Session removed",
  "closure-added": "Closure added",
  "closure-removed": "Closure removed",
};

export default async function ClinicPage({ params, searchParams }: { params: Promise<{ clinicId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff("BOOKING_CLERK");
  const { clinicId } = await params;
  const query = await searchParams;
  if (!isUuid(clinicId)) notFound();
  const [clinic, horizonWeeks] = await Promise.all([getClinicOverview(db(), clinicId), getSetting(db(), "slotHorizonWeeks")]);
  if (!clinic) notFound();
  const done = query.done ? doneMessages[query.done] : undefined;
  const rebook = Number(query.rebook ?? 0);

  return (
    <>
      <Breadcrumb items={[{ href: "/staff", text: "Booking centre" }, { href: "/staff/clinics", text: "Clinics" }]} />
      {done && (
        <NotificationBanner success heading={done}>
          <p>
            The clinic&apos;s slots have been updated.
            {rebook > 0 &&
              ` ${rebook} ${rebook === 1 ? "appointment is" : "appointments are"} no longer in the timetable: the ${rebook === 1 ? "patient has" : "patients have"} been told and ${rebook === 1 ? "is" : "are"} on the worklist to be rebooked.`}
          </p>
        </NotificationBanner>
      )}
      <span className="nhsuk-caption-l">{clinic.service.name}</span>
      <h1>{clinic.name}</h1>
      <SummaryList
        rows={[
          { key: "Location", value: `${clinic.location.name}, ${clinic.location.town}` },
          { key: "Clinician", value: `${clinic.clinician.name}, ${clinic.clinician.professionalRole}` },
          { key: "Clinic code", value: clinic.code },
          {
            key: "Coming slots",
            value: `${clinic.upcoming.slots} slots with ${clinic.upcoming.places} places, ${clinic.upcoming.booked} booked (slots are made ${horizonWeeks} weeks ahead)`,
          },
        ]}
      />

      <h2>Weekly sessions</h2>
      {clinic.sessions.length === 0 ? (
        <p>This clinic has no sessions, so it has no slots.</p>
      ) : (
        <Table
          caption="Weekly sessions"
          captionSize="s"
          head={["Day", "Time", "Slots", "Appointment types (in turn)", "Runs", "Action"]}
          rows={clinic.sessions.map((s) => [
            weekdayName(s.weekday),
            `${formatMinuteOfDay(s.startMinute)} to ${formatMinuteOfDay(s.endMinute)}`,
            `${Math.floor((s.endMinute - s.startMinute) / s.slotMinutes)} × ${s.slotMinutes} minutes${s.capacityPerSlot > 1 ? `, ${s.capacityPerSlot} patients each` : ""}`,
            s.appointmentTypes.length === 0 ? "None" : s.appointmentTypes.map((t) => t.name).join("; "),
            s.validTo ? `${formatCalendarDate(s.validFrom)} to ${formatCalendarDate(s.validTo)}` : `From ${formatCalendarDate(s.validFrom)}`,
            <a key="change" href={`/staff/clinics/${clinic.id}/sessions/${s.id}`}>
              Change<span className="nhsuk-u-visually-hidden"> {weekdayName(s.weekday)} {formatMinuteOfDay(s.startMinute)} session</span>
            </a>,
          ])}
        />
      )}
      <Button href={`/staff/clinics/${clinic.id}/sessions/new`} variant="secondary">
        Add a session
      </Button>

      <h2>Closures</h2>
      {clinic.closures.length === 0 ? (
        <p>No closures are planned. Bank holidays are closed already.</p>
      ) : (
        <Table
          caption="Planned closures"
          captionSize="s"
          head={["Dates", "Reason", "Action"]}
          rows={clinic.closures.map((c) => {
            const dates = c.startDate.getTime() === c.endDate.getTime() ? formatCalendarDate(c.startDate) : `${formatCalendarDate(c.startDate)} to ${formatCalendarDate(c.endDate)}`;
            return [
              dates,
              c.reason,
              <form key="remove" action={removeClosureAction}>
                <input type="hidden" name="clinicId" value={clinic.id} />
                <input type="hidden" name="closureId" value={c.id} />
                <Button type="submit" variant="secondary" small>
                  Remove<span className="nhsuk-u-visually-hidden"> closure {dates}</span>
                </Button>
              </form>,
            ];
          })}
        />
      )}
      <Button href={`/staff/clinics/${clinic.id}/closures/new`} variant="secondary">
        Add a closure
      </Button>
    </>
  );
}
