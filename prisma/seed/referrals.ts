import type { Prisma } from "../../server/platform/db/generated/client";
import type { ReferralPriority, ReferralSource, ReferralStatus, SurgicalPriority } from "../../server/platform/db/generated/enums";
import { addDays, addMonths, anchorOf } from "./dates";
import { DEMO_REFERRALS } from "./demo-referrals";
import type { GeneratedPatient } from "./patients";
import { CONSULTANT_REFERRERS, GP_PRACTICES, OTHER_REFERRERS, OTHER_TRUST, REFERRAL_CONTENT } from "./referral-content";
import { referralTimeline, type TimelineOptions } from "./referral-timeline";
import { createRandom, type Random } from "./random";
import { SERVICES, type AppointmentTypeCode, type ServiceCode } from "./services";
import { appointmentTypeKey, type TrustIds } from "./trust";

export const REFERRAL_COUNT = 3_000;

/** Booking references avoid characters people misread: no 0/O, 1/I/L confusion. */
export const BOOKING_REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Shares of each status across the generated referrals (a Record, so a new status cannot be forgotten). */
const STATUS_WEIGHTS: Record<ReferralStatus, number> = {
  AWAITING_TRIAGE: 6, ACCEPTED: 40, REJECTED: 4, REDIRECTED: 3, ADVICE_AND_GUIDANCE: 4,
  BOOKED: 6, SEEN: 9, ON_PIFU: 5, DISCHARGED: 18, CLOSED: 5,
};
const SERVICE_WEIGHTS: readonly (readonly [ServiceCode, number])[] = [["MSK", 40], ["POD", 25], ["PAED", 15], ["AUD", 20]];
/** Statuses whose referral was accepted at triage, so the patient has a booking reference. */
const ACCEPTED_PATH: readonly ReferralStatus[] = ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU", "DISCHARGED", "CLOSED"];

export type ReferralRow = Prisma.ReferralCreateManyInput & { id: string };
export type RttEventRow = Prisma.RttEventCreateManyInput;
export type WaitingListRow = Prisma.WaitingListEntryCreateManyInput;
export type PifuPathwayRow = Prisma.PifuPathwayCreateManyInput;

export interface GeneratedReferrals {
  referrals: ReferralRow[];
  rttEvents: RttEventRow[];
  waitingList: WaitingListRow[];
  pifuPathways: PifuPathwayRow[];
}

/** One referral to create: who, where, what state, and (for the demo patients) fixed details. */
export interface ReferralSpec {
  patient: GeneratedPatient;
  serviceCode: ServiceCode;
  status: ReferralStatus;
  timeline?: TimelineOptions;
  reason?: string;
  source?: ReferralSource;
  bookingReference?: string;
  /** For an ACCEPTED referral: the appointment type it waits for (otherwise mostly in person). */
  waitingFor?: AppointmentTypeCode;
}

export function generateReferrals(today: Date, patients: readonly GeneratedPatient[], trust: TrustIds, count = REFERRAL_COUNT): GeneratedReferrals {
  const random = createRandom("referrals");
  const specs = [...DEMO_REFERRALS.map((d) => ({ ...d, patient: patients[d.patientIndex]! })), ...randomSpecs(random, patients, count - DEMO_REFERRALS.length)];
  const builder = new ReferralBuilder(anchorOf(today), trust, specs.flatMap((s) => (s.bookingReference ? [s.bookingReference] : [])));
  for (const spec of specs) builder.add(random, spec);
  return builder.result;
}

function randomSpecs(random: Random, patients: readonly GeneratedPatient[], count: number): ReferralSpec[] {
  // The demo patients keep exactly their documented referrals.
  const generated = patients.slice(DEMO_REFERRALS.reduce((max, d) => Math.max(max, d.patientIndex + 1), 0));
  const children = generated.filter((p) => p.ageYears < 18);
  const adults = generated.filter((p) => p.ageYears >= 18);
  const older = adults.filter((p) => p.ageYears >= 50);
  const statuses = Object.entries(STATUS_WEIGHTS) as [ReferralStatus, number][];
  return Array.from({ length: count }, () => {
    const status = random.weighted(statuses);
    // Redirects happen between the two services whose referrals overlap (knee versus foot).
    const serviceCode = status === "REDIRECTED" ? random.pick<ServiceCode>(["MSK", "POD"]) : random.weighted(SERVICE_WEIGHTS);
    const pool =
      serviceCode === "PAED" ? children
      : serviceCode === "AUD" ? (random.chance(0.8) ? older : adults)
      : serviceCode === "POD" ? (random.chance(0.65) ? older : adults)
      : adults;
    return { patient: random.pick(pool), serviceCode, status };
  });
}

class ReferralBuilder {
  readonly result: GeneratedReferrals = { referrals: [], rttEvents: [], waitingList: [], pifuPathways: [] };
  private readonly ids = createRandom("ids:referrals");
  private readonly used = { pathwayIds: new Set<string>(), ubrns: new Set<string>(), bookingReferences: new Set<string>() };

  constructor(
    private readonly anchor: Date,
    private readonly trust: TrustIds,
    reservedBookingReferences: string[],
  ) {
    for (const ref of reservedBookingReferences) this.used.bookingReferences.add(ref);
  }

  add(random: Random, spec: ReferralSpec): void {
    const { patient, status, serviceCode } = spec;
    const content = REFERRAL_CONTENT[serviceCode];
    const service = SERVICES.find((s) => s.code === serviceCode)!;
    const timeline = referralTimeline(random, status, this.anchor, spec.timeline);
    const priority: ReferralPriority = random.chance(content.urgentShare) ? "URGENT" : "ROUTINE";
    const accepted = ACCEPTED_PATH.includes(status);
    const clinicalPriority = accepted && service.usesSurgicalPriorities ? surgicalPriority(random, priority) : null;
    const source = spec.source ?? random.weighted(content.sources);
    const redirectedFrom: ServiceCode | null = status === "REDIRECTED" ? (serviceCode === "MSK" ? "POD" : "MSK") : null;
    const rejectionReason = status === "REJECTED" ? random.pick(content.rejectionReasons) : null;
    const id = this.ids.uuid();

    this.result.referrals.push({
      id,
      patientId: patient.row.id,
      serviceId: this.trust.serviceId[serviceCode],
      originalServiceId: redirectedFrom ? this.trust.serviceId[redirectedFrom] : null,
      ubrn: source === "E_REFERRAL_SERVICE" ? this.unique(this.used.ubrns, () => `0${random.string("0123456789", 11)}`) : null,
      ...referrer(random, source, serviceCode, patient),
      receivedAt: timeline.receivedAt,
      priority,
      clinicalPriority,
      reason: spec.reason ?? random.pick(content.reasons),
      status,
      triagedAt: timeline.triagedAt,
      triageNote: triageNote(random, status, service.newLabel, content.advice, priority, clinicalPriority, redirectedFrom),
      rejectionReason,
      pathwayId: this.unique(this.used.pathwayIds, () => `NCH${random.string("0123456789", 9)}`),
      rttClockStartAt: timeline.receivedAt,
      rttClockStopAt: timeline.rttClockStopAt,
      rttStatusCode: timeline.rttStatusCode,
      bookingReference: accepted ? (spec.bookingReference ?? this.unique(this.used.bookingReferences, () => random.string(BOOKING_REFERENCE_ALPHABET, 8))) : null,
    });
    for (const event of timeline.events) this.result.rttEvents.push({ id: this.ids.uuid(), referralId: id, ...event });

    if (status === "ACCEPTED") {
      const drawn = random.weighted<AppointmentTypeCode>([["NEW-F2F", 80], ["NEW-TEL", 10], ["NEW-VID", 10]]);
      const addedAt = timeline.triagedAt ?? timeline.receivedAt;
      const waitingDays = (this.anchor.getTime() - timeline.receivedAt.getTime()) / 86_400_000;
      this.result.waitingList.push({
        id: this.ids.uuid(),
        patientId: patient.row.id,
        referralId: id,
        serviceId: this.trust.serviceId[serviceCode],
        appointmentTypeId: this.trust.appointmentTypeId.get(appointmentTypeKey(serviceCode, spec.waitingFor ?? drawn)),
        kind: "NEW",
        priority,
        addedAt,
        status: "WAITING",
        // Pathways over 12 weeks are validated; about half of them have been so far.
        lastValidatedAt: waitingDays > 84 && random.chance(0.5) ? addDays(this.anchor, -random.int(1, 56)) : null,
      });
    }

    if (status === "ON_PIFU" && timeline.outcomeAt) {
      const startsAt = timeline.outcomeAt;
      // Long enough to still be running today: PIFU lists only hold live pathways here.
      const durationMonths = random.pick([3, 6, 12, 24].filter((m) => addMonths(startsAt, m) > addDays(this.anchor, 7)));
      this.result.pifuPathways.push({
        id: this.ids.uuid(),
        patientId: patient.row.id,
        referralId: id,
        serviceId: this.trust.serviceId[serviceCode],
        clinicianId: random.pick(this.trust.cliniciansByService[serviceCode]),
        startsAt,
        endsAt: addMonths(startsAt, durationMonths),
        durationMonths,
        triggerSymptoms: content.pifuTriggers,
        endAction: random.chance(0.7) ? "DISCHARGE" : "CLINICAL_REVIEW",
        status: "ACTIVE",
      });
    }
  }

  private unique(used: Set<string>, make: () => string): string {
    for (;;) {
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
  }
}

function surgicalPriority(random: Random, priority: ReferralPriority): SurgicalPriority {
  if (priority === "URGENT") return "P2";
  return random.weighted<SurgicalPriority>([["P2", 5], ["P3", 50], ["P4", 45]]);
}

function referrer(random: Random, source: ReferralSource, serviceCode: ServiceCode, patient: GeneratedPatient) {
  switch (source) {
    case "GP":
    case "E_REFERRAL_SERVICE": {
      const practice = random.pick(GP_PRACTICES);
      return { source, referrerName: `${random.pick(practice.gps)}, ${practice.name}`, referrerOrgCode: practice.orgCode, referrerEmail: practice.email };
    }
    case "SELF":
      return { source, referrerName: `${patient.row.givenName} ${patient.row.familyName} (self-referral)`, referrerOrgCode: null, referrerEmail: null };
    case "CONSULTANT":
    case "OTHER_TRUST":
      return { source, referrerName: `${random.pick(CONSULTANT_REFERRERS[serviceCode])}, ${OTHER_TRUST.name}`, referrerOrgCode: OTHER_TRUST.orgCode, referrerEmail: null };
    default:
      return { source, referrerName: random.pick(OTHER_REFERRERS[serviceCode]), referrerOrgCode: null, referrerEmail: null };
  }
}

function triageNote(
  random: Random,
  status: ReferralStatus,
  newLabel: string,
  advice: readonly string[],
  priority: ReferralPriority,
  clinicalPriority: SurgicalPriority | null,
  redirectedFrom: ServiceCode | null,
): string | null {
  switch (status) {
    case "AWAITING_TRIAGE":
      return null;
    case "REJECTED":
      return "Returned to the referrer with the reason given.";
    case "REDIRECTED":
      return `Redirected from ${SERVICES.find((s) => s.code === redirectedFrom)?.name ?? "another service"}: the problem is better met by this service.`;
    case "ADVICE_AND_GUIDANCE":
      return random.pick(advice);
    default:
      return `Accepted: ${priority.toLowerCase()} ${newLabel.toLowerCase()}${clinicalPriority ? `, surgical priority ${clinicalPriority}` : ""}.`;
  }
}
