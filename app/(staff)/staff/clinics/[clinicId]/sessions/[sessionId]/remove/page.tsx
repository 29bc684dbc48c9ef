import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Button } from "@/components/button";
import { WarningCallout } from "@/components/warning-callout";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { countBookedInSession } from "@/server/scheduling/clinic-sessions";
import { formatMinuteOfDay } from "@/server/scheduling/london-wall-clock";
import { weekdayName } from "@/server/scheduling/schemas";
import { removeSessionAction } from "../../../../actions";
import { clinicBreadcrumb, loadClinic } from "../../../load-clinic";

export const metadata: Metadata = { title: "Remove a session" };

export default async function RemoveSessionPage({ params }: { params: Promise<{ clinicId: string; sessionId: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const { clinicId, sessionId } = await params;
  const clinic = await loadClinic(clinicId);
  const session = clinic.sessions.find((s) => s.id === sessionId);
  if (!session) notFound();
  const booked = await countBookedInSession(db(), session.id);
  const name = `${weekdayName(session.weekday)} ${formatMinuteOfDay(session.startMinute)} to ${formatMinuteOfDay(session.endMinute)}`;
  return (
    <>
      <Breadcrumb items={clinicBreadcrumb(clinic)} />
      <span className="nhsuk-caption-l">{clinic.name}</span>
      <h1>Remove the {name} session?</h1>
      <p>Its coming slots will be removed.</p>
      {booked > 0 && (
        <WarningCallout heading={`${booked} ${booked === 1 ? "patient is" : "patients are"} booked into this session`}>
          <p>They will be told their appointment has to change, and put on the worklist to be rebooked.</p>
        </WarningCallout>
      )}
      <form action={removeSessionAction}>
        <input type="hidden" name="clinicId" value={clinic.id} />
        <input type="hidden" name="sessionId" value={session.id} />
        <Button type="submit" variant="warning" preventDoubleClick>
          Remove session
        </Button>
      </form>
      <p>
        <a href={`/staff/clinics/${clinic.id}/sessions/${session.id}`}>Keep the session</a>
      </p>
    </>
  );
}
