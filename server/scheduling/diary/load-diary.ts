import type { DbClient } from "../../platform/db/client";
import { Prisma } from "../../platform/db/generated/client";
import type { AppointmentMode, AppointmentOutcome, AppointmentStatus, CommunicationNeed, SlotStatus } from "../../platform/db/generated/enums";
import { dayKey, diaryRange, type DiaryOwner, type DiaryRange } from "./diary-schema";

/** Appointments that hold or used their place in the diary (cancelled and needs-rebooking ones gave it back). */
export const DIARY_STATUSES = ["BOOKED", "ARRIVED", "SEEN", "DID_NOT_ATTEND", "WAS_NOT_BROUGHT"] as const satisfies readonly AppointmentStatus[];

type DiaryRow = {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  slotStatus: SlotStatus;
  slotCancelReason: string | null;
  capacity: number;
  clinicId: string;
  clinicName: string;
  clinicianName: string;
  appointmentTypeName: string;
  mode: AppointmentMode;
  appointmentId: string | null;
  appointmentStatus: AppointmentStatus | null;
  outcome: AppointmentOutcome | null;
  patientId: string | null;
  givenName: string | null;
  familyName: string | null;
  nhsNumber: string | null;
  communicationNeeds: CommunicationNeed[] | null;
  interpreterLanguage: string | null;
};

export type DiaryBooking = {
  appointmentId: string;
  status: AppointmentStatus;
  outcome: AppointmentOutcome | null;
  appointmentTypeName: string;
  mode: AppointmentMode;
  patient: { id: string; givenName: string; familyName: string; nhsNumber: string; communicationNeeds: CommunicationNeed[]; interpreterLanguage: string | null };
};

/**
 * One time in the diary. Sessions offering several appointment types have one
 * slot per type at the same time; the clinician can see one patient then, so
 * they form one position (group slots hold `capacity` patients).
 */
export type DiaryPosition = {
  startsAt: Date;
  endsAt: Date;
  clinicName: string;
  clinicianName: string;
  appointmentTypes: string[];
  /** Every slot at this time is blocked or cancelled. */
  blocked: boolean;
  /** Why, when a slot here was cancelled (clinic closed, clinician on leave). */
  cancelReason: string | null;
  capacity: number;
  bookings: DiaryBooking[];
};

export type DiaryDay = { date: Date; key: string; positions: DiaryPosition[]; used: number; capacity: number; utilisation: number | null };

export type Diary = { range: DiaryRange; days: DiaryDay[]; used: number; capacity: number; utilisation: number | null };

/**
 * A clinic's or a clinician's diary for a day or a week, in one query: every slot
 * in the range with the appointments that hold it and their patients, on the
 * (clinicId, startsAt) and (clinicianId, startsAt) indexes. Utilisation is the
 * share of bookable places taken by an appointment (booked, arrived, seen, did
 * not attend or was not brought); blocked and cancelled slots do not count.
 */
export async function loadDiary(client: DbClient, owner: DiaryOwner, view: "day" | "week", date?: string, now = new Date()): Promise<Diary> {
  const range = diaryRange(view, date, now);
  const rows = await client.$queryRaw<DiaryRow[]>(diaryQuery(owner, range.from, range.to));
  const rowsByDay = new Map<string, DiaryRow[]>();
  for (const row of rows) {
    const key = dayKey(row.startsAt);
    const day = rowsByDay.get(key);
    if (day) day.push(row);
    else rowsByDay.set(key, [row]);
  }
  const days = range.days.map((day) => summarise(day, positionsOf(rowsByDay.get(dayKey(day)) ?? [])));
  const used = days.reduce((sum, d) => sum + d.used, 0);
  const capacity = days.reduce((sum, d) => sum + d.capacity, 0);
  return { range, days, used, capacity, utilisation: percent(used, capacity) };
}

/** The SQL behind loadDiary (exported so tests can EXPLAIN it). */
export function diaryQuery(owner: DiaryOwner, from: Date, to: Date): Prisma.Sql {
  const ownerFilter = owner.kind === "clinic" ? Prisma.sql`s."clinicId" = ${owner.id}::uuid` : Prisma.sql`s."clinicianId" = ${owner.id}::uuid`;
  return Prisma.sql`
    SELECT s."id" AS "slotId", s."startsAt", s."endsAt", s."status" AS "slotStatus", s."cancelReason" AS "slotCancelReason", s."capacity",
           s."clinicId", c."name" AS "clinicName", cl."name" AS "clinicianName",
           t."name" AS "appointmentTypeName", t."mode",
           a."id" AS "appointmentId", a."status" AS "appointmentStatus", a."outcome",
           p."id" AS "patientId", p."givenName", p."familyName", p."nhsNumber",
           p."communicationNeeds"::text[] AS "communicationNeeds", p."interpreterLanguage"
    FROM "Slot" s
    JOIN "AppointmentType" t ON t."id" = s."appointmentTypeId"
    JOIN "Clinic" c ON c."id" = s."clinicId"
    JOIN "Clinician" cl ON cl."id" = s."clinicianId"
    LEFT JOIN "Appointment" a ON a."slotId" = s."id"
      AND a."status" IN (${Prisma.join(DIARY_STATUSES.map((status) => Prisma.sql`${status}::"AppointmentStatus"`))})
    LEFT JOIN "Patient" p ON p."id" = a."patientId"
    WHERE ${ownerFilter} AND s."startsAt" >= ${new Date(from.getTime())} AND s."startsAt" < ${new Date(to.getTime())}
    ORDER BY s."startsAt", s."clinicId", t."name", a."createdAt"`;
}

function positionsOf(rows: DiaryRow[]): DiaryPosition[] {
  const positions = new Map<string, DiaryPosition & { slotIds: Set<string> }>();
  for (const row of rows) {
    const key = `${row.clinicId}|${row.startsAt.toISOString()}`;
    let position = positions.get(key);
    if (!position) {
      position = {
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        clinicName: row.clinicName,
        clinicianName: row.clinicianName,
        appointmentTypes: [],
        blocked: true,
        cancelReason: null,
        capacity: 0,
        bookings: [],
        slotIds: new Set(),
      };
      positions.set(key, position);
    }
    if (!position.slotIds.has(row.slotId)) {
      position.slotIds.add(row.slotId);
      if (row.endsAt > position.endsAt) position.endsAt = row.endsAt;
      if (!position.appointmentTypes.includes(row.appointmentTypeName)) position.appointmentTypes.push(row.appointmentTypeName);
      if (row.slotStatus === "CANCELLED" && row.slotCancelReason) position.cancelReason ??= row.slotCancelReason;
      if (row.slotStatus === "AVAILABLE") {
        position.blocked = false;
        position.capacity = Math.max(position.capacity, row.capacity);
      }
    }
    if (row.appointmentId && row.appointmentStatus && row.patientId) {
      position.bookings.push({
        appointmentId: row.appointmentId,
        status: row.appointmentStatus,
        outcome: row.outcome,
        appointmentTypeName: row.appointmentTypeName,
        mode: row.mode,
        patient: {
          id: row.patientId,
          givenName: row.givenName ?? "",
          familyName: row.familyName ?? "",
          nhsNumber: row.nhsNumber ?? "",
          communicationNeeds: row.communicationNeeds ?? [],
          interpreterLanguage: row.interpreterLanguage,
        },
      });
    }
  }
  return [...positions.values()].map(({ slotIds: _slotIds, ...position }) => position);
}

function summarise(date: Date, positions: DiaryPosition[]): DiaryDay {
  let used = 0;
  let capacity = 0;
  for (const position of positions) {
    // A booking made before its slot was blocked still takes the clinician's time.
    const places = Math.max(position.capacity, position.bookings.length);
    capacity += places;
    used += Math.min(position.bookings.length, places);
  }
  return { date, key: dayKey(date), positions, used, capacity, utilisation: percent(used, capacity) };
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
