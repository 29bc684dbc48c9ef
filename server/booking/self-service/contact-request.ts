import { z } from "zod";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Db } from "../../platform/db/client";
import type { Prisma } from "../../platform/db/generated/client";
import { getSetting } from "../../platform/settings/settings";
import { EntryNotFoundError } from "./change-rules";
import { scopeFilter, type SelfBookingScope } from "./scope";
import { workingDaysAfter } from "./working-days";
import { multilineText } from "../../platform/forms/text";

/** How soon the booking centre contacts a patient who found no suitable time. */
export const CONTACT_WITHIN_WORKING_DAYS = 2;

export const WEEKDAYS = { MON: "Monday", TUE: "Tuesday", WED: "Wednesday", THU: "Thursday", FRI: "Friday" } as const;
export const TIMES_OF_DAY = { MORNING: "Mornings", AFTERNOON: "Afternoons" } as const;
type Weekday = keyof typeof WEEKDAYS;
type TimeOfDay = keyof typeof TIMES_OF_DAY;

export const contactRequestSchema = z
  .object({
    entryId: z.uuid(),
    request: z.enum(["CALL_BACK", "PREFERRED_TIMES"], { message: "Choose how we can help" }),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{10,20}$/, { message: "Enter a phone number, like 07700 900 982 or 0121 496 0000" })
      .optional(),
    days: z.array(z.enum(Object.keys(WEEKDAYS) as [Weekday, ...Weekday[]])).default([]),
    times: z.array(z.enum(Object.keys(TIMES_OF_DAY) as [TimeOfDay, ...TimeOfDay[]])).default([]),
    notes: multilineText().trim().max(500, { message: "Your message must be 500 characters or fewer" }).optional(),
  })
  .refine((v) => v.request !== "CALL_BACK" || v.phone, { path: ["phone"], message: "Enter a phone number we can call you on" })
  .refine((v) => v.request !== "PREFERRED_TIMES" || v.days.length + v.times.length > 0, { path: ["days"], message: "Choose the days or times that suit you" });
export type ContactRequestInput = z.input<typeof contactRequestSchema>;

/** The contact form's fields as the schema's input. */
export function contactRequestFields(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
  return {
    entryId: text("entryId"),
    request: text("request"),
    phone: text("phone"),
    days: form.getAll("days").map(String),
    times: form.getAll("times").map(String),
    notes: text("notes"),
  };
}

/**
 * "Nothing suitable": puts an APPOINTMENT_SLOT_ISSUE task on the booking
 * centre's worklist (or updates the open one for this referral) with what the
 * patient asked for, and returns when they can expect to hear from us.
 */
export async function requestContact(client: Db, scope: SelfBookingScope, input: ContactRequestInput, now = new Date()): Promise<{ taskId: string; contactBy: Date }> {
  const data = contactRequestSchema.parse(input);
  const contactBy = workingDaysAfter(now, CONTACT_WITHIN_WORKING_DAYS, await getSetting(client, "bankHolidays"));
  return client.$transaction(async (tx) => {
    const entry = await tx.waitingListEntry.findFirst({
      where: { id: data.entryId, ...scopeFilter(scope), status: "WAITING" },
      select: { id: true, referralId: true, serviceId: true, patientId: true },
    });
    if (!entry) throw new EntryNotFoundError();
    const details: Prisma.InputJsonObject = {
      request: data.request,
      phone: data.phone ?? null,
      days: data.days,
      times: data.times,
      notes: data.notes ?? null,
      channel: scope.channel,
      waitingListEntryId: entry.id,
    };
    const summary = describeRequest(data);
    const open = await tx.worklistTask.findFirst({
      where: { kind: "APPOINTMENT_SLOT_ISSUE", referralId: entry.referralId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      select: { id: true },
    });
    const task = open
      ? await tx.worklistTask.update({ where: { id: open.id }, data: { summary, details, dueBy: contactBy }, select: { id: true } })
      : await tx.worklistTask.create({
          data: { kind: "APPOINTMENT_SLOT_ISSUE", patientId: entry.patientId, serviceId: entry.serviceId, referralId: entry.referralId, summary, details, dueBy: contactBy },
          select: { id: true },
        });
    await recordAudit(tx, { actor: scope.actor, action: "worklist.slot-issue-requested", entityType: "WorklistTask", entityId: task.id, patientId: entry.patientId, after: details });
    return { taskId: task.id, contactBy };
  });
}

export function describeRequest(data: { request: "CALL_BACK" | "PREFERRED_TIMES"; days: Weekday[]; times: TimeOfDay[] }): string {
  if (data.request === "CALL_BACK") return "No suitable time online: patient asked for a call back";
  const days = data.days.map((d) => WEEKDAYS[d]).join(", ");
  const times = data.times.map((t) => TIMES_OF_DAY[t].toLowerCase()).join(" or ");
  return `No suitable time online: patient can come ${[days, times].filter(Boolean).join(", ")}`;
}
