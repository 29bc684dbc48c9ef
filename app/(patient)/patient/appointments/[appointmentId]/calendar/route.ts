import { calendarResponse } from "@/app/_self-booking/calendar-response";
import { patientOrNull } from "@/server/identity/guards";
import { accountScope } from "@/server/booking/self-service/scope";

/** The appointment as an .ics file, for the signed-in patient's own appointments only. */
export async function GET(_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) {
  const patient = await patientOrNull();
  const { appointmentId } = await params;
  return calendarResponse(patient ? accountScope(patient) : null, appointmentId);
}
