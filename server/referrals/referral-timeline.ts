import type { AppointmentMode, AppointmentStatus, ReferralStatus } from "../platform/db/generated/enums";
import { formatDate, formatDateTime } from "../platform/time/london";

/**
 * What a patient reads about where their referral has got to: the steps from
 * "received" to "discharged" (or patient-initiated follow-up), each done, current
 * or still to come, in plain English; and what happens next. Pure: the page
 * loads the facts, this decides the words.
 */
export type TrackerAppointment = { startsAt: Date; status: AppointmentStatus; typeName: string; mode: AppointmentMode; locationName: string };

export type TrackerFacts = {
  status: ReferralStatus;
  receivedAt: Date;
  triagedAt: Date | null;
  referrerName: string;
  serviceName: string;
  originalServiceName: string | null;
  rejectionReason: string | null;
  triageNote: string | null;
  bookingReference: string | null;
  /** Oldest first. */
  appointments: TrackerAppointment[];
  pifuEndsAt: Date | null;
  /** When the pathway ended (clock stop), for discharge and closure. */
  endedAt: Date | null;
};

export type StepState = "done" | "current" | "upcoming";
export type TimelineStep = { title: string; state: StepState; date: Date | null; detail: string };

const LIVE: AppointmentStatus[] = ["BOOKED", "ARRIVED"];
const MISSED: AppointmentStatus[] = ["DID_NOT_ATTEND", "WAS_NOT_BROUGHT"];
const ACCEPTED_PATH: ReferralStatus[] = ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU", "DISCHARGED", "CLOSED"];

export function buildReferralTimeline(f: TrackerFacts): TimelineStep[] {
  const steps: TimelineStep[] = [{ title: "Referral received", state: "done", date: f.receivedAt, detail: `We received your referral from ${f.referrerName}.` }];

  if (f.status === "AWAITING_TRIAGE" || f.status === "REDIRECTED") {
    const detail =
      f.status === "REDIRECTED"
        ? `Your referral was passed from ${f.originalServiceName ?? "another service"} to ${f.serviceName}, which is better placed to help you. A clinician at ${f.serviceName} is reviewing it now. The time you have already waited still counts.`
        : "A clinician is reading your referral to decide the best next step for you. This usually takes up to 2 weeks.";
    steps.push({ title: "Being reviewed", state: "current", date: f.status === "REDIRECTED" ? f.triagedAt : null, detail });
    steps.push(...upcomingAcceptedSteps());
    return steps;
  }
  if (f.status === "REJECTED") {
    const reason = f.rejectionReason ? ` The reason they gave: ${f.rejectionReason}` : "";
    steps.push({ title: "Returned to your referrer", state: "done", date: f.triagedAt, detail: `A clinician reviewed your referral and returned it to ${f.referrerName}, who will talk to you about other options.${reason}` });
    return steps;
  }
  if (f.status === "ADVICE_AND_GUIDANCE") {
    steps.push({ title: "Advice sent to your referrer", state: "done", date: f.triagedAt, detail: `A clinician reviewed your referral and sent advice to ${f.referrerName} instead of offering an appointment.` });
    return steps;
  }

  // Accepted, and everything after.
  const live = liveAppointment(f);
  const seen = f.appointments.find((a) => a.status === "SEEN");
  const lastPast = [...f.appointments].reverse().find((a) => !LIVE.includes(a.status));
  const afterSeen = f.status === "SEEN" || f.status === "ON_PIFU" || f.status === "DISCHARGED" || f.status === "CLOSED";
  const booked = Boolean(live || seen || afterSeen);
  steps.push({
    title: "Accepted and waiting",
    state: booked ? "done" : "current",
    date: f.triagedAt,
    detail: booked
      ? "A clinician accepted your referral and you joined the waiting list."
      : `A clinician accepted your referral and you are on the waiting list.${f.bookingReference ? ` Your booking reference is ${f.bookingReference}.` : ""}${missedOrCancelled(lastPast)}`,
  });
  steps.push(
    live
      ? { title: "Appointment booked", state: "current", date: live.startsAt, detail: `${live.typeName}${modeWords(live.mode, live.locationName)} on ${formatDateTime(live.startsAt)}.` }
      : booked
        ? { title: "Appointment booked", state: "done", date: seen?.startsAt ?? null, detail: "Your appointment was booked." }
        : { title: "Appointment booked", state: "upcoming", date: null, detail: "We will contact you when you can book an appointment." },
  );
  steps.push(
    seen || afterSeen
      ? { title: "Seen", state: "done", date: seen?.startsAt ?? null, detail: `You were seen by ${f.serviceName}.` }
      : { title: "Seen", state: "upcoming", date: null, detail: `You will see someone from ${f.serviceName}.` },
  );
  steps.push(finalStep(f));
  return steps;
}

function finalStep(f: TrackerFacts): TimelineStep {
  switch (f.status) {
    case "ON_PIFU":
      return {
        title: "Patient-initiated follow-up",
        state: "current",
        date: null,
        detail: `You do not have a routine follow-up booked. ${f.pifuEndsAt ? `Until ${formatDate(f.pifuEndsAt)}, contact` : "Contact"} us if your symptoms come back or get worse and we will arrange to see you.`,
      };
    case "DISCHARGED":
      return { title: "Discharged", state: "done", date: f.endedAt, detail: `You have been discharged back to ${f.referrerName}. If you need help again, speak to them.` };
    case "CLOSED":
      return { title: "Referral closed", state: "done", date: f.endedAt, detail: "This referral is closed. You are no longer on the waiting list." };
    default:
      return { title: "After your appointment", state: "upcoming", date: null, detail: "You and the clinician will agree what happens next: treatment, a follow-up, or discharge back to your referrer." };
  }
}

function upcomingAcceptedSteps(): TimelineStep[] {
  return [
    { title: "Accepted and waiting", state: "upcoming", date: null, detail: "If your referral is accepted, you will join the waiting list." },
    { title: "Appointment booked", state: "upcoming", date: null, detail: "We will contact you when you can book an appointment." },
    { title: "Seen", state: "upcoming", date: null, detail: "You will see a clinician." },
  ];
}

function missedOrCancelled(last: TrackerAppointment | undefined): string {
  if (!last) return "";
  if (MISSED.includes(last.status)) return ` You missed your appointment on ${formatDate(last.startsAt)}: call us to book another.`;
  if (last.status === "CANCELLED_BY_HOSPITAL" || last.status === "NEEDS_REBOOKING") return ` We cancelled your appointment on ${formatDate(last.startsAt)} and will offer you another.`;
  return "";
}

function modeWords(mode: AppointmentMode, locationName: string): string {
  if (mode === "TELEPHONE") return " by telephone";
  if (mode === "VIDEO") return " by video";
  return ` at ${locationName}`;
}

/** The appointment that is booked and not yet recorded as attended or missed. */
function liveAppointment(f: TrackerFacts): TrackerAppointment | undefined {
  return f.appointments.find((a) => LIVE.includes(a.status));
}

/** What the patient should expect or do next, in a sentence or two. */
export function whatHappensNext(f: TrackerFacts): string[] {
  const live = liveAppointment(f);
  switch (f.status) {
    case "AWAITING_TRIAGE":
    case "REDIRECTED":
      return ["A clinician will review your referral, usually within 2 weeks. We will let you know the outcome.", "You do not need to do anything now."];
    case "ACCEPTED":
      return live
        ? [`Go to your appointment on ${formatDateTime(live.startsAt)}. If you cannot go, cancel or change it as soon as you can so someone else can have it.`]
        : ["We will contact you when an appointment is available, in turn with other patients of the same priority.", "If your symptoms get worse while you wait, contact the person who referred you, or call 111."];
    case "BOOKED":
      return live
        ? [`Go to your appointment on ${formatDateTime(live.startsAt)}. If you cannot go, cancel or change it as soon as you can so someone else can have it.`]
        : ["We will contact you about your appointment."];
    case "SEEN":
      return ["The clinician will let you know the next step, if they have not already."];
    case "ON_PIFU":
      return ["Contact us if your symptoms come back or get worse. We will reply within 3 working days.", "For anything not related to this condition, contact your GP or call 111."];
    case "REJECTED":
    case "ADVICE_AND_GUIDANCE":
    case "DISCHARGED":
    case "CLOSED":
      return [`If you still need help, speak to ${f.referrerName}.`];
  }
}

export function isOnAcceptedPath(status: ReferralStatus): boolean {
  return ACCEPTED_PATH.includes(status);
}
