import { loadAppointmentDetails } from "@/server/booking/appointments/appointment-details";
import { isLive } from "@/server/booking/core/appointment-status";
import { appointmentIcs } from "@/server/booking/calendar/appointment-event";
import { env } from "@/server/platform/config/env";
import { db } from "@/server/platform/db/client";
import { messageContext } from "@/server/messages/message-context";
import { scopeFilter, type SelfBookingScope } from "@/server/booking/self-service/scope";

/** The .ics for one of the scope's live appointments, or 404. */
export async function calendarResponse(scope: SelfBookingScope | null, appointmentId: string): Promise<Response> {
  const appointment = scope ? await loadAppointmentDetails(db(), appointmentId, scopeFilter(scope)) : null;
  if (!appointment || !isLive(appointment.status)) return new Response("Not found", { status: 404 });
  const ctx = messageContext(new Date());
  const ics = appointmentIcs(appointment, { method: "REQUEST", organizer: ctx.organizer, manageUrl: `${env().baseUrl}/patient/appointments/${appointment.id}`, now: ctx.now });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="appointment.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
