import { z } from "zod";
import { checkCustomMonths, pifuActivationShape } from "../../pifu/activation-schema";
import { multilineText, text } from "../../platform/forms/text";

/**
 * The inputs of the booking core, shared by forms, server actions, the API and
 * tests. Who is acting (and, for patients, whose appointment it is) never comes
 * from here: callers take it from the session.
 */
const id = z.uuid({ message: "Choose an item from the list" });

export const bookingChannelSchema = z.enum(["STAFF", "PATIENT_ONLINE", "BOOKING_REFERENCE"]);

export const bookAppointmentSchema = z.object({
  slotId: id,
  patientId: id,
  referralId: id.optional(),
  waitingListEntryId: id.optional(),
  channel: bookingChannelSchema,
  /** Generated once per form render: a double-click or retried request books once. */
  idempotencyKey: text().trim().min(8).max(200).optional(),
});
export type BookAppointmentInput = z.input<typeof bookAppointmentSchema>;

/** Who asked for a cancellation decides the status (and national reporting of it). */
export const cancelledBySchema = z.enum(["PATIENT", "HOSPITAL"], { message: "Select who asked for this: the patient or the hospital" });

export const cancelAppointmentSchema = z.object({
  appointmentId: id,
  requestedBy: cancelledBySchema,
  reason: multilineText().trim().min(1, { message: "Enter a reason for cancelling" }).max(500),
});
export type CancelAppointmentInput = z.input<typeof cancelAppointmentSchema>;

export const rescheduleAppointmentSchema = z.object({
  appointmentId: id,
  newSlotId: id,
  requestedBy: cancelledBySchema,
  channel: bookingChannelSchema,
});
export type RescheduleAppointmentInput = z.input<typeof rescheduleAppointmentSchema>;

export const attendanceStatusSchema = z.enum(["ARRIVED", "SEEN", "DID_NOT_ATTEND", "WAS_NOT_BROUGHT"], { message: "Select what happened" });

export const recordAttendanceSchema = z.object({
  appointmentId: id,
  status: attendanceStatusSchema,
});
export type RecordAttendanceInput = z.input<typeof recordAttendanceSchema>;

const outcomeBase = z.object({
  appointmentId: id,
  note: multilineText().trim().max(2000).optional(),
  /** The RTT status the clinician confirmed or chose ("NONE" when nothing is to be recorded); omitted means the proposal. PIFU has its own. */
  outcomeRttStatus: z.string().regex(/^(\d\d|NONE)$/, { message: "Select the RTT status" }).optional(),
});

export const recordOutcomeSchema = z.discriminatedUnion("outcome", [
  outcomeBase.extend({ outcome: z.literal("DISCHARGED") }),
  outcomeBase.extend({
    outcome: z.literal("FOLLOW_UP"),
    weeks: z.coerce
      .number({ message: "Enter the number of weeks" })
      .int({ message: "Enter a whole number of weeks" })
      .min(1, { message: "Enter at least 1 week" })
      .max(104, { message: "Follow-up must be within 104 weeks" }),
  }),
  // PIFU: the clinician chooses a template, the period and the RTT status; server/pifu starts it.
  outcomeBase.extend({ outcome: z.literal("PATIENT_INITIATED_FOLLOW_UP"), ...pifuActivationShape }).superRefine(checkCustomMonths),
  outcomeBase.extend({ outcome: z.literal("ADDED_TO_TREATMENT_LIST") }),
  outcomeBase.extend({ outcome: z.literal("REFERRED_ELSEWHERE") }),
], { error: () => ({ message: "Select an outcome" }) });
export type RecordOutcomeInput = z.input<typeof recordOutcomeSchema>;

export const findFreeSlotsSchema = z
  .object({
    serviceId: id.optional(),
    appointmentTypeId: id.optional(),
    mode: z.enum(["IN_PERSON", "TELEPHONE", "VIDEO"]).optional(),
    locationId: id.optional(),
    from: z.coerce.date(),
    to: z.coerce.date(),
    /** Only slots patients may book themselves (slot and appointment type both allow it). */
    patientBookableOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .refine((q) => q.to > q.from, { message: "The end of the search must be after its start", path: ["to"] });
export type FindFreeSlotsInput = z.input<typeof findFreeSlotsSchema>;
