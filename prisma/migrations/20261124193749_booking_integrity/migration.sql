-- DropIndex
DROP INDEX "Appointment_calendarUid_key";

-- CreateIndex
CREATE INDEX "Appointment_calendarUid_idx" ON "Appointment"("calendarUid");

-- CreateIndex
CREATE INDEX "Slot_status_startsAt_idx" ON "Slot"("status", "startsAt");

-- ─── Hand-written: booking integrity rules Prisma cannot express ────────────
-- Listed in server/db/schema-extras.ts. "Live" appointments are BOOKED or ARRIVED:
-- they hold a place in a slot and in the patient's and clinician's diaries.

-- GiST exclusion constraints over uuid equality need btree_gist.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Slot"
  ADD CONSTRAINT "Slot_capacity_check" CHECK ("capacity" >= 1),
  ADD CONSTRAINT "Slot_bookedCount_check" CHECK ("bookedCount" BETWEEN 0 AND "capacity"),
  ADD CONSTRAINT "Slot_time_range_check" CHECK ("endsAt" > "startsAt");

ALTER TABLE "Appointment"
  ADD CONSTRAINT "Appointment_time_range_check" CHECK ("endsAt" > "startsAt");

-- A patient is never in two places at once.
ALTER TABLE "Appointment"
  ADD CONSTRAINT "Appointment_patient_no_overlap"
  EXCLUDE USING gist ("patientId" WITH =, tstzrange("startsAt", "endsAt") WITH &&)
  WHERE ("status" IN ('BOOKED', 'ARRIVED'));

-- A clinician never sees two overlapping appointments, except patients sharing
-- one group slot (capacity > 1), which the slot's capacity limits instead.
ALTER TABLE "Appointment"
  ADD CONSTRAINT "Appointment_clinician_no_overlap"
  EXCLUDE USING gist ("clinicianId" WITH =, tstzrange("startsAt", "endsAt") WITH &&, "slotId" WITH <>)
  WHERE ("status" IN ('BOOKED', 'ARRIVED'));

-- A reschedule keeps the calendar UID (with a higher sequence), so the UID is
-- unique only among live appointments.
CREATE UNIQUE INDEX "Appointment_calendarUid_live_key" ON "Appointment" ("calendarUid")
  WHERE ("status" IN ('BOOKED', 'ARRIVED'));

-- Slot."bookedCount" is kept by the database: +1 when an appointment becomes live
-- in a slot, -1 when it stops being live or leaves the slot. With the CHECK above
-- an over-capacity booking fails even in code that forgets to check, and the row
-- lock taken by the UPDATE serialises concurrent bookings of one slot. A slot that
-- is not AVAILABLE, or whose times or clinician differ from the appointment's
-- (which the exclusion constraints rely on), cannot gain a live appointment. The
-- errors are worded like PostgreSQL's own CHECK violations because the pg driver
-- adapter passes on the message but not the constraint name.
CREATE FUNCTION "appointment_maintain_slot_count"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  was_live boolean := TG_OP <> 'INSERT' AND OLD."status" IN ('BOOKED', 'ARRIVED');
  is_live boolean := TG_OP <> 'DELETE' AND NEW."status" IN ('BOOKED', 'ARRIVED');
  moved boolean := TG_OP = 'UPDATE' AND NEW."slotId" IS DISTINCT FROM OLD."slotId";
  slot record;
BEGIN
  IF was_live AND (NOT is_live OR moved) THEN
    UPDATE "Slot" SET "bookedCount" = "bookedCount" - 1 WHERE "id" = OLD."slotId";
  END IF;
  IF is_live AND (NOT was_live OR moved) THEN
    UPDATE "Slot" SET "bookedCount" = "bookedCount" + 1 WHERE "id" = NEW."slotId"
      RETURNING "status", "startsAt", "endsAt", "clinicianId" INTO slot;
    IF slot."status" <> 'AVAILABLE' THEN
      RAISE EXCEPTION 'new row for relation "Appointment" violates check constraint "Appointment_slot_bookable"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_slot_bookable', TABLE = 'Appointment',
              DETAIL = format('Slot %s is %s.', NEW."slotId", slot."status");
    END IF;
    IF slot."startsAt" <> NEW."startsAt" OR slot."endsAt" <> NEW."endsAt" OR slot."clinicianId" <> NEW."clinicianId" THEN
      RAISE EXCEPTION 'new row for relation "Appointment" violates check constraint "Appointment_matches_slot"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_matches_slot', TABLE = 'Appointment',
              DETAIL = format('The appointment''s times or clinician differ from slot %s.', NEW."slotId");
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Appointment_maintain_slot_count"
  AFTER INSERT OR UPDATE OF "status", "slotId" OR DELETE ON "Appointment"
  FOR EACH ROW EXECUTE FUNCTION "appointment_maintain_slot_count"();
