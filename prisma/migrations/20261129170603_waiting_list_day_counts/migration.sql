-- CreateTable
CREATE TABLE "WaitingListDayCount" (
    "serviceId" UUID NOT NULL,
    "priority" "ReferralPriority" NOT NULL,
    "kind" "AppointmentKind" NOT NULL,
    "status" "WaitingListStatus" NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WaitingListDayCount_pkey" PRIMARY KEY ("serviceId","priority","kind","status","day")
);

-- Kept by a trigger: one row per open entry's (service, priority, kind, status, UTC day of waitingSince).
CREATE FUNCTION waiting_list_day_count_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" IN ('WAITING', 'BOOKED') THEN
    UPDATE "WaitingListDayCount" SET "count" = "count" - 1
     WHERE "serviceId" = OLD."serviceId" AND "priority" = OLD."priority" AND "kind" = OLD."kind" AND "status" = OLD."status"
       AND "day" = (OLD."waitingSince" AT TIME ZONE 'UTC')::date;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" IN ('WAITING', 'BOOKED') THEN
    INSERT INTO "WaitingListDayCount" ("serviceId", "priority", "kind", "status", "day", "count")
    VALUES (NEW."serviceId", NEW."priority", NEW."kind", NEW."status", (NEW."waitingSince" AT TIME ZONE 'UTC')::date, 1)
    ON CONFLICT ("serviceId", "priority", "kind", "status", "day") DO UPDATE SET "count" = "WaitingListDayCount"."count" + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "WaitingListEntry_day_count_insert_delete" AFTER INSERT OR DELETE ON "WaitingListEntry"
  FOR EACH ROW EXECUTE FUNCTION waiting_list_day_count_maintain();
CREATE TRIGGER "WaitingListEntry_day_count_update" AFTER UPDATE ON "WaitingListEntry"
  FOR EACH ROW WHEN ((OLD."status", OLD."serviceId", OLD."priority", OLD."kind", OLD."waitingSince") IS DISTINCT FROM (NEW."status", NEW."serviceId", NEW."priority", NEW."kind", NEW."waitingSince"))
  EXECUTE FUNCTION waiting_list_day_count_maintain();

INSERT INTO "WaitingListDayCount" ("serviceId", "priority", "kind", "status", "day", "count")
SELECT "serviceId", "priority", "kind", "status", ("waitingSince" AT TIME ZONE 'UTC')::date, count(*)
  FROM "WaitingListEntry" WHERE "status" IN ('WAITING', 'BOOKED') GROUP BY 1, 2, 3, 4, 5;
