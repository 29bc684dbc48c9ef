import { format } from "date-fns";
import { Prisma } from "../platform/db/generated/client";
import { inLondon } from "../platform/time/london";
import { bandRange, WAIT_BANDS, weeksAfter } from "./bands";
import { VALIDATION_INTERVAL_WEEKS, type WaitingListFilters } from "./list-filters";

/**
 * The WHERE clause of the open waiting list (alias `w` for WaitingListEntry)
 * under the given filters. Open means waiting, or booked and not
 * yet seen. Every condition is on the entry itself or one joined row, so the
 * list and its counts walk the partial "open turn" indexes.
 */
export function openEntriesWhere(filters: WaitingListFilters, now: Date, options: { withBand?: boolean } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`w."status" IN ('WAITING', 'BOOKED')`];
  if (filters.serviceId) conditions.push(Prisma.sql`w."serviceId" = ${filters.serviceId}::uuid`);
  if (filters.priority) conditions.push(Prisma.sql`w."priority" = ${filters.priority}::"ReferralPriority"`);
  if (filters.kind) conditions.push(Prisma.sql`w."kind" = ${filters.kind}::"AppointmentKind"`);
  if (filters.band && options.withBand !== false) {
    const band = WAIT_BANDS.find((b) => b.key === filters.band)!;
    const range = bandRange(band, now);
    if (range.upTo) conditions.push(Prisma.sql`w."waitingSince" <= ${range.upTo}`);
    if (range.after) conditions.push(Prisma.sql`w."waitingSince" > ${range.after}`);
  }
  if (filters.overdue) conditions.push(Prisma.sql`w."kind" = 'FOLLOW_UP' AND w."dueBy" < ${londonToday(now)}::date`);
  if (filters.validation) conditions.push(validationCondition(filters.validation, now));
  if (filters.needs) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Patient" p WHERE p."id" = w."patientId" AND cardinality(p."communicationNeeds") > 0)`);
  if (filters.booked) conditions.push(filters.booked === "yes" ? Prisma.sql`w."status" = 'BOOKED'` : Prisma.sql`w."status" = 'WAITING'`);
  if (filters.invited) {
    const invited = Prisma.sql`(w."status" = 'WAITING' AND w."inviteExpiresAt" > ${now})`;
    conditions.push(filters.invited === "yes" ? invited : Prisma.sql`NOT ${invited}`);
  }
  if (filters.pifu) {
    const onPifu = Prisma.sql`EXISTS (SELECT 1 FROM "Referral" r WHERE r."id" = w."referralId" AND r."status" = 'ON_PIFU')`;
    conditions.push(filters.pifu === "yes" ? onPifu : Prisma.sql`NOT ${onPifu}`);
  }
  return Prisma.join(conditions, " AND ");
}

const inProgress = Prisma.sql`(w."validationSentAt" IS NOT NULL AND (w."lastValidatedAt" IS NULL OR w."validationSentAt" > w."lastValidatedAt"))`;

function validationCondition(filter: NonNullable<WaitingListFilters["validation"]>, now: Date): Prisma.Sql {
  const recent = weeksAfter(now, -VALIDATION_INTERVAL_WEEKS);
  switch (filter) {
    case "in-progress":
      return inProgress;
    case "validated":
      return Prisma.sql`(NOT ${inProgress} AND w."lastValidatedAt" >= ${recent})`;
    case "never":
      return Prisma.sql`(NOT ${inProgress} AND w."lastValidatedAt" IS NULL)`;
    case "due":
      return Prisma.sql`(NOT ${inProgress} AND (w."lastValidatedAt" IS NULL OR w."lastValidatedAt" < ${recent}) AND w."waitingSince" <= ${recent})`;
  }
}

export function londonToday(now: Date): string {
  return format(inLondon(now), "yyyy-MM-dd");
}
