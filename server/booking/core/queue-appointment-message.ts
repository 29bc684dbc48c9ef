import type { Tx } from "../../platform/db/client";
import { queuePatientMessage } from "../../messages/queue-patient-message";

export type AppointmentTemplate = "appointment-confirmation" | "appointment-cancellation" | "appointment-needs-rebooking";

const subjects: Record<AppointmentTemplate, string> = {
  "appointment-confirmation": "Your appointment is booked",
  "appointment-cancellation": "Your appointment has been cancelled",
  "appointment-needs-rebooking": "We need to change your appointment",
};

/**
 * The outbox message about an appointment, written in the caller's transaction:
 * it exists if and only if the change it reports was committed. The sender
 * renders `template` from the payload and the appointment as it is then.
 */
export async function queueAppointmentMessage(
  tx: Tx,
  input: { patientId: string; appointmentId: string; referralId?: string | null; template: AppointmentTemplate; payload?: Record<string, string> },
): Promise<{ messageId: string }> {
  return queuePatientMessage(tx, {
    patientId: input.patientId,
    appointmentId: input.appointmentId,
    referralId: input.referralId,
    template: input.template,
    subject: subjects[input.template],
    payload: { appointmentId: input.appointmentId, ...input.payload },
  });
}
