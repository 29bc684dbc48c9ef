-- AlterTable
ALTER TABLE "WaitingListEntry" ADD COLUMN     "clinicalReviewAt" TIMESTAMPTZ(3),
ADD COLUMN     "inviteExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "invitedAt" TIMESTAMPTZ(3),
ADD COLUMN     "validationSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "waitingSince" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "WaitingListEntry_referralId_idx" ON "WaitingListEntry"("referralId");

-- Treat in turn orders by how long each patient has waited: for a first appointment
-- from the referral's RTT clock start, for a follow-up from when it was asked for.
-- The database keeps that in "waitingSince" so the list can be keyset-paged over one index.
CREATE FUNCTION waiting_list_entry_set_waiting_since() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."waitingSince" IS NULL THEN
    IF NEW."kind" = 'NEW' THEN
      SELECT COALESCE(r."rttClockStartAt", r."receivedAt") INTO NEW."waitingSince" FROM "Referral" r WHERE r."id" = NEW."referralId";
    END IF;
    NEW."waitingSince" := COALESCE(NEW."waitingSince", NEW."addedAt");
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "WaitingListEntry_set_waiting_since" BEFORE INSERT ON "WaitingListEntry"
  FOR EACH ROW EXECUTE FUNCTION waiting_list_entry_set_waiting_since();

-- A new clock on the pathway (after a nullified one, say) moves its open first-appointment entries with it.
CREATE FUNCTION referral_sync_waiting_since() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "WaitingListEntry" SET "waitingSince" = COALESCE(NEW."rttClockStartAt", NEW."receivedAt")
   WHERE "referralId" = NEW."id" AND "kind" = 'NEW' AND "status" IN ('WAITING', 'BOOKED');
  RETURN NULL;
END
$$;

CREATE TRIGGER "Referral_sync_waiting_since" AFTER UPDATE OF "rttClockStartAt" ON "Referral"
  FOR EACH ROW WHEN (OLD."rttClockStartAt" IS DISTINCT FROM NEW."rttClockStartAt" AND NEW."rttClockStartAt" IS NOT NULL)
  EXECUTE FUNCTION referral_sync_waiting_since();

UPDATE "WaitingListEntry" w SET "waitingSince" = CASE WHEN w."kind" = 'NEW' THEN COALESCE(r."rttClockStartAt", r."receivedAt") ELSE w."addedAt" END
  FROM "Referral" r WHERE r."id" = w."referralId";

ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_waitingSince_check" CHECK ("waitingSince" IS NOT NULL);

-- The open list in turn (priority, then longest wait), overall and per service: the
-- keyset pages and the band counts read these and nothing else.
CREATE INDEX "WaitingListEntry_open_turn_idx" ON "WaitingListEntry" ("priority", "waitingSince", "id") WHERE "status" IN ('WAITING', 'BOOKED');
CREATE INDEX "WaitingListEntry_open_service_turn_idx" ON "WaitingListEntry" ("serviceId", "priority", "waitingSince", "id") WHERE "status" IN ('WAITING', 'BOOKED');
