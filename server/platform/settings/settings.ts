import { z } from "zod";
import type { DbClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../../scheduling/bank-holidays";

/**
 * Local policy the trust can change without a release, kept in the Setting table.
 * Each setting has a schema and a default: a missing row means the default, and a
 * stored value that no longer fits its schema is ignored (with a warning) rather
 * than breaking the feature that reads it. Add new settings to this list.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-25");

/**
 * How a message reaches the patient after the inbox (and email): a letter if it is
 * still unread after `afterHours`, a letter at once (urgent), or no letter.
 */
export function messagePlanSchema() {
  return z.object({
    letter: z.enum(["after-unread", "at-once", "never"]),
    afterHours: z.number().int().min(1).max(336),
    postageClass: z.enum(["FIRST", "SECOND", "ECONOMY"]),
  });
}

export const SETTINGS = {
  /** How far ahead slots are generated from the clinic templates, in weeks. */
  slotHorizonWeeks: { schema: z.number().int().min(1).max(104), default: 12 },
  /** England and Wales bank holidays (no clinics). When set, replaces the built-in list entirely. */
  bankHolidays: { schema: z.array(isoDate), default: [...ENGLAND_AND_WALES_BANK_HOLIDAYS] },
  /** Days before an appointment that reminders are sent (DOMAIN.md: typically 7 days and 24–48 hours). */
  reminderDaysBefore: { schema: z.array(z.number().int().min(1).max(60)).max(5), default: [7, 2] },
  /** What every letter prints in its return address column (the trust's name comes from TRUST_NAME). */
  letterSender: {
    schema: z.object({ returnAddress: z.array(z.string().min(1).max(60)).min(2).max(6), phone: z.string().min(1).max(40), website: z.string().min(1).max(60) }),
    default: { returnAddress: ["Patient Access Centre", "PO Box 1234", "Birmingham", "B31 2AB"], phone: "0121 000 0000", website: "frontdoor.example.nhs.uk" },
  },
  /** Message plans changed by the trust, per message type (the rest use the defaults in server/messages/message-plans.ts). */
  messagePlans: { schema: z.record(z.string(), messagePlanSchema()), default: {} as Record<string, z.infer<ReturnType<typeof messagePlanSchema>>> },
  /** The trust's ODS code, for national returns (the waiting-list minimum data set export). */
  trustOdsCode: { schema: z.string().regex(/^[A-Z0-9]{3,5}$/, "must be an ODS code like RXX"), default: "XXX" },
  /** Treat in turn: days an invitation to book stands before the patient goes back in turn. */
  invitationExpiryDays: { schema: z.number().int().min(1).max(90), default: 14 },
  /** Waiting-list removals can be undone, with the original clock, for this many days. */
  reinstatementDays: { schema: z.number().int().min(1).max(90), default: 14 },
  /** Patients waiting at least this many weeks appear on the harm-review list. */
  harmReviewWeeks: { schema: z.number().int().min(1).max(208), default: 52 },
  /**
   * The trust's access policy for missed appointments, per service code (services not
   * listed use "CLINICIAN_REVIEW"). CLINICIAN_REVIEW: every did-not-attend gets a
   * review task for the service's clinicians (rebook or discharge). REBOOK_ONCE: an
   * adult's first missed appointment on a pathway goes straight back to the booking
   * centre to rebook; a second one is reviewed. A child who was not brought is always
   * reviewed by a clinician, whatever the policy.
   */
  missedAppointmentPolicy: { schema: z.record(z.string(), z.enum(["CLINICIAN_REVIEW", "REBOOK_ONCE"])), default: {} as Record<string, "CLINICIAN_REVIEW" | "REBOOK_ONCE"> },
  /** Weeks before a PIFU period ends that the patient is reminded (they can still ask until then). */
  pifuEndWarningWeeks: { schema: z.number().int().min(0).max(12), default: 4 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;

export async function getSetting<K extends SettingKey>(client: DbClient, key: K): Promise<SettingValue<K>> {
  const row = await client.setting.findUnique({ where: { key } });
  return settingValue(key, row ? row.value : undefined);
}

/** A setting from its stored value (undefined when there is no row), for code that reads the row in a query of its own. */
export function settingValue<K extends SettingKey>(key: K, stored: Prisma.JsonValue | undefined): SettingValue<K> {
  const definition = SETTINGS[key];
  if (stored === undefined) return definition.default as SettingValue<K>;
  const parsed = definition.schema.safeParse(stored);
  if (parsed.success) return parsed.data as SettingValue<K>;
  console.warn(`setting ${key}: stored value is not valid, using the default`);
  return definition.default as SettingValue<K>;
}

/** Stores a setting after validating it (throws a ZodError for a value that does not fit). */
export async function setSetting<K extends SettingKey>(client: DbClient, key: K, value: SettingValue<K>): Promise<void> {
  const valid = SETTINGS[key].schema.parse(value) as Prisma.InputJsonValue;
  await client.setting.upsert({ where: { key }, create: { key, value: valid }, update: { value: valid } });
}

/** Back to the default. */
export async function clearSetting(client: DbClient, key: SettingKey): Promise<void> {
  await client.setting.deleteMany({ where: { key } });
}
