import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { WarningCallout } from "@/components/warning-callout";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { countBookedInSession } from "@/server/scheduling/clinic-sessions";
import { formatMinuteOfDay } from "@/server/scheduling/london-wall-clock";
import { dateParts } from "@/server/scheduling/schemas";
import { saveSessionAction } from "../../../actions";
import { SessionForm } from "../../../session-form";
import { clinicBreadcrumb, loadClinic } from "../../load-clinic";

export const metadata: Metadata = { title: "Change a session" };

export default async function EditSessionPage({ params }: { params: Promise<{ clinicId: string; sessionId: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const { clinicId, sessionId } = await params;
  const clinic = await loadClinic(clinicId);
  const session = clinic.sessions.find((s) => s.id === sessionId);
  if (!session) notFound();
  const booked = await countBookedInSession(db(), session.id);
  const from = dateParts(session.validFrom);
  const to = dateParts(session.validTo);
  const initial = {
    weekday: String(session.weekday),
    startTime: formatMinuteOfDay(session.startMinute),
    endTime: formatMinuteOfDay(session.endMinute),
    slotMinutes: String(session.slotMinutes),
    capacityPerSlot: String(session.capacityPerSlot),
    appointmentTypeIds: session.appointmentTypes.map((t) => t.id),
    ...(from && { "validFrom-day": from.day, "validFrom-month": from.month, "validFrom-year": from.year }),
    ...(to && { "validTo-day": to.day, "validTo-month": to.month, "validTo-year": to.year }),
  };
  return (
    <>
      <Breadcrumb items={clinicBreadcrumb(clinic)} />
      <span className="nhsuk-caption-l">{clinic.name}</span>
      <h1>Change a weekly session</h1>
      {booked > 0 && (
        <WarningCallout heading="Patients are booked into this session">
          <p>
            {booked} {booked === 1 ? "patient is" : "patients are"} booked into coming slots of this session. If a change removes their slot, they will be
            told and put on the worklist to be rebooked.
          </p>
        </WarningCallout>
      )}
      <SessionForm action={saveSessionAction} clinicId={clinic.id} sessionId={session.id} types={clinic.service.appointmentTypes} initial={initial} submitLabel="Save changes" />
      <p>
        <a href={`/staff/clinics/${clinic.id}/sessions/${session.id}/remove`}>Remove this session</a>
      </p>
    </>
  );
}
