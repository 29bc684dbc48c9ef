import type { AppointmentKind, AppointmentMode } from "../platform/db/generated/enums";
import { addDaysIso, isoWeekday, londonDateOf, londonWallClockToUtc, type IsoDate } from "./london-wall-clock";

/** An appointment type offered by a session, with what a slot copies from it. */
export interface MixType {
  id: string;
  code: string;
  kind: AppointmentKind;
  mode: AppointmentMode;
  patientBookable: boolean;
}

/** A ClinicSession with its dates as ISO calendar days (validTo is the last day it runs). */
export interface SessionTemplate {
  id: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  slotMinutes: number;
  capacityPerSlot: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  appointmentTypes: readonly MixType[];
}

/** A closure from startDate to endDate, both days included. */
export interface ClosureDays {
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface PlannedSlot {
  sessionId: string;
  appointmentTypeId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  patientBookable: boolean;
  /** The session's whole mix: a booked slot of any of these types may keep this place. */
  sessionTypes: readonly MixType[];
}

const KIND_ORDER: Record<AppointmentKind, number> = { NEW: 0, FOLLOW_UP: 1 };
const MODE_ORDER: Record<AppointmentMode, number> = { IN_PERSON: 0, TELEPHONE: 1, VIDEO: 2 };

/** The order a session's types take turns in: new before follow-up, in person, telephone, video. */
export function orderTypeMix<T extends Pick<MixType, "kind" | "mode" | "code">>(types: readonly T[]): T[] {
  return [...types].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || MODE_ORDER[a.mode] - MODE_ORDER[b.mode] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/**
 * The slots the templates call for, from the instant `from` up to (not including)
 * the London day `until`.
 *
 * The appointment type mix: a session's slot grid (every `slotMinutes` from its
 * start; a remainder at the end is left unused) offers each place for exactly one
 * type, taking turns through the mix in `orderTypeMix` order: with a mix of new
 * (N) and follow-up (F) the places go N, F, N, F … from the start of the session,
 * the same every week. One slot per place means a clinician is never offered twice
 * at the same time.
 *
 * No slots on bank holidays or on days the clinic is closed. Clock changes: a place
 * is made only if its wall-clock start and end both exist and lie exactly
 * `slotMinutes` apart in real time. So a session from 01:00 to 02:00 on the day the
 * clocks go forward gives no slots (that hour does not exist), and on the day they
 * go back a slot straddling the change is left out and the repeated hour runs once,
 * in its second (GMT) pass. Daytime sessions are unaffected: 09:00 is 09:00.
 */
export function planSlots(input: {
  sessions: readonly SessionTemplate[];
  closures: readonly ClosureDays[];
  bankHolidays: ReadonlySet<string>;
  from: Date;
  until: IsoDate;
}): PlannedSlot[] {
  const planned: PlannedSlot[] = [];
  const sessions = input.sessions
    .filter((s) => s.appointmentTypes.length > 0 && s.endMinute > s.startMinute && s.slotMinutes > 0)
    .map((s) => ({ ...s, appointmentTypes: orderTypeMix(s.appointmentTypes) }));
  for (let day = londonDateOf(input.from); day < input.until; day = addDaysIso(day, 1)) {
    if (input.bankHolidays.has(day)) continue;
    if (input.closures.some((c) => c.startDate <= day && day <= c.endDate)) continue;
    const weekday = isoWeekday(day);
    for (const session of sessions) {
      if (session.weekday !== weekday || day < session.validFrom || (session.validTo !== null && day > session.validTo)) continue;
      const places = Math.floor((session.endMinute - session.startMinute) / session.slotMinutes);
      for (let i = 0; i < places; i++) {
        const startMinute = session.startMinute + i * session.slotMinutes;
        const startsAt = londonWallClockToUtc(day, startMinute);
        const endsAt = londonWallClockToUtc(day, startMinute + session.slotMinutes);
        if (!startsAt || !endsAt || endsAt.getTime() - startsAt.getTime() !== session.slotMinutes * 60_000) continue;
        if (startsAt < input.from) continue;
        const type = session.appointmentTypes[i % session.appointmentTypes.length]!;
        planned.push({
          sessionId: session.id,
          appointmentTypeId: type.id,
          startsAt,
          endsAt,
          capacity: session.capacityPerSlot,
          patientBookable: type.patientBookable,
          sessionTypes: session.appointmentTypes,
        });
      }
    }
  }
  return planned;
}
