/**
 * Database objects written by hand in prisma/migrations because Prisma's schema
 * language cannot express them. Prisma's schema engine neither models nor diffs
 * them: `diffDatabaseToSchema` (and so `npm run db:diff`) reports no difference
 * for a database that has them, and never generates SQL that drops them, so the
 * comparison of migrations with schema.prisma needs no exceptions for them.
 * This list is what the booking tests check exists, and where to look before
 * renaming a constraint: server/booking/core/errors.ts maps these names to domain errors.
 */
export type SchemaExtra = {
  kind: "extension" | "check" | "exclusion" | "partial unique index" | "partial index" | "trigger" | "function";
  name: string;
  table?: string;
  migration: string;
  why: string;
};

const BOOKING_INTEGRITY = "booking_integrity";
const WAITING_LIST = "waiting_list_management";
const PATHWAY_NEXT_STEP = "pathway_next_step";

export const schemaExtras: readonly SchemaExtra[] = [
  { kind: "extension", name: "btree_gist", migration: BOOKING_INTEGRITY, why: "uuid equality inside GiST exclusion constraints" },
  { kind: "check", name: "Slot_capacity_check", table: "Slot", migration: BOOKING_INTEGRITY, why: "a slot has at least one place" },
  {
    kind: "check",
    name: "Slot_bookedCount_check",
    table: "Slot",
    migration: BOOKING_INTEGRITY,
    why: "never more live appointments than places: an over-capacity booking fails (maps to SlotTakenError)",
  },
  { kind: "check", name: "Slot_time_range_check", table: "Slot", migration: BOOKING_INTEGRITY, why: "a slot ends after it starts" },
  { kind: "check", name: "Appointment_time_range_check", table: "Appointment", migration: BOOKING_INTEGRITY, why: "an appointment ends after it starts" },
  {
    kind: "exclusion",
    name: "Appointment_patient_no_overlap",
    table: "Appointment",
    migration: BOOKING_INTEGRITY,
    why: "a patient never has two overlapping live (BOOKED/ARRIVED) appointments",
  },
  {
    kind: "exclusion",
    name: "Appointment_clinician_no_overlap",
    table: "Appointment",
    migration: BOOKING_INTEGRITY,
    why: "a clinician never has two overlapping live appointments in different slots (a group slot may hold several)",
  },
  {
    kind: "partial unique index",
    name: "Appointment_calendarUid_live_key",
    table: "Appointment",
    migration: BOOKING_INTEGRITY,
    why: "a calendar UID is shared along a reschedule chain but held by one live appointment at a time",
  },
  {
    kind: "function",
    name: "appointment_maintain_slot_count",
    migration: BOOKING_INTEGRITY,
    why: "keeps Slot.bookedCount equal to the slot's live appointments; refuses live appointments in unavailable or mismatched slots",
  },
  {
    kind: "trigger",
    name: "Appointment_maintain_slot_count",
    table: "Appointment",
    migration: BOOKING_INTEGRITY,
    why: "runs appointment_maintain_slot_count after every insert, delete and change of status or slot",
  },
  {
    kind: "function",
    name: "waiting_list_entry_set_waiting_since",
    migration: WAITING_LIST,
    why: "fills WaitingListEntry.waitingSince on insert: the referral's RTT clock start for a first appointment, addedAt for a follow-up",
  },
  { kind: "trigger", name: "WaitingListEntry_set_waiting_since", table: "WaitingListEntry", migration: WAITING_LIST, why: "runs waiting_list_entry_set_waiting_since before each insert" },
  {
    kind: "function",
    name: "referral_sync_waiting_since",
    migration: WAITING_LIST,
    why: "a new RTT clock start on a referral moves its open first-appointment entries' waitingSince",
  },
  { kind: "trigger", name: "Referral_sync_waiting_since", table: "Referral", migration: WAITING_LIST, why: "runs referral_sync_waiting_since when rttClockStartAt changes" },
  { kind: "check", name: "WaitingListEntry_waitingSince_check", table: "WaitingListEntry", migration: WAITING_LIST, why: "every entry has a place in turn" },
  {
    kind: "partial index",
    name: "WaitingListEntry_open_turn_idx",
    table: "WaitingListEntry",
    migration: WAITING_LIST,
    why: "the open list in turn (priority, waitingSince, id): keyset pages and band counts across services",
  },
  {
    kind: "partial index",
    name: "WaitingListEntry_open_service_turn_idx",
    table: "WaitingListEntry",
    migration: WAITING_LIST,
    why: "the same per service",
  },
  {
    kind: "function",
    name: "waiting_list_day_count_maintain",
    migration: "waiting_list_day_counts",
    why: "keeps WaitingListDayCount equal to the open entries per service, priority, kind, status and day their wait began",
  },
  { kind: "trigger", name: "WaitingListEntry_day_count_insert_delete", table: "WaitingListEntry", migration: "waiting_list_day_counts", why: "runs waiting_list_day_count_maintain on insert and delete" },
  { kind: "trigger", name: "WaitingListEntry_day_count_update", table: "WaitingListEntry", migration: "waiting_list_day_counts", why: "runs it when an entry's status, service, priority, kind or waitingSince changes" },
  {
    kind: "function",
    name: "appointment_referral_open",
    migration: PATHWAY_NEXT_STEP,
    why: "refuses a live appointment against a rejected, advice-only, discharged or closed referral (maps to ReferralClosedError)",
  },
  {
    kind: "trigger",
    name: "Appointment_referral_open",
    table: "Appointment",
    migration: PATHWAY_NEXT_STEP,
    why: "runs appointment_referral_open before every insert and change of referral: a closed pathway cannot be booked",
  },
  {
    kind: "partial unique index",
    name: "PifuRequest_one_open_per_pathway",
    table: "PifuRequest",
    migration: "pifu",
    why: "at most one open PIFU request per pathway (maps to RequestAlreadyOpenError in server/pifu)",
  },
  {
    kind: "partial unique index",
    name: "PifuPathway_one_active_per_referral",
    table: "PifuPathway",
    migration: "pifu",
    why: "at most one active PIFU pathway per referral: a new activation ends the previous one",
  },
  {
    kind: "extension",
    name: "pg_trgm",
    migration: "list_and_search_indexes",
    why: "trigram GIN index for referral search by any part of a family name (Patient_familyName_trgm_idx)",
  },
];
