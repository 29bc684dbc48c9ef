import { calendarResponse } from "@/app/_self-booking/calendar-response";
import { currentReferenceSession } from "@/server/identity/reference-session-guard";
import { referenceScope } from "@/server/booking/self-service/scope";

/** The appointment as an .ics file, within the booking-reference session's referral only. */
export async function GET(_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) {
  const session = await currentReferenceSession();
  const { appointmentId } = await params;
  return calendarResponse(session ? referenceScope(session) : null, appointmentId);
}
