-- AlterEnum
ALTER TYPE "WaitingListStatus" ADD VALUE 'COMPLETED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WorklistTaskKind" ADD VALUE 'DNA_REVIEW';
ALTER TYPE "WorklistTaskKind" ADD VALUE 'RECORD_OUTCOME';

-- AlterTable
ALTER TABLE "WorklistTask" ADD COLUMN     "closedById" UUID,
ADD COLUMN     "outcome" TEXT;

-- CreateTable
CREATE TABLE "WorklistTaskNote" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "authorId" UUID,
    "authorLabel" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorklistTaskNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorklistTaskNote_taskId_createdAt_idx" ON "WorklistTaskNote"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "WorklistTask_status_dueBy_idx" ON "WorklistTask"("status", "dueBy");

-- CreateIndex
CREATE INDEX "WorklistTask_referralId_idx" ON "WorklistTask"("referralId");

-- AddForeignKey
ALTER TABLE "WorklistTask" ADD CONSTRAINT "WorklistTask_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorklistTaskNote" ADD CONSTRAINT "WorklistTaskNote_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "WorklistTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (see server/platform/db/schema-extras.ts): a closed pathway cannot be booked.
-- A live appointment may only be added to a referral that is still open. FOR SHARE
-- waits for a discharge or rejection being committed at the same moment and then sees it.
CREATE FUNCTION "appointment_referral_open"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  referral_status text;
BEGIN
  IF NEW."referralId" IS NULL OR NEW."status" NOT IN ('BOOKED', 'ARRIVED') THEN
    RETURN NEW;
  END IF;
  SELECT "status"::text INTO referral_status FROM "Referral" WHERE "id" = NEW."referralId" FOR SHARE;
  IF referral_status IN ('REJECTED', 'ADVICE_AND_GUIDANCE', 'DISCHARGED', 'CLOSED') THEN
    RAISE EXCEPTION 'new row for relation "Appointment" violates check constraint "Appointment_referral_open": the referral is %', lower(referral_status)
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_referral_open';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Appointment_referral_open"
  BEFORE INSERT OR UPDATE OF "referralId" ON "Appointment"
  FOR EACH ROW EXECUTE FUNCTION "appointment_referral_open"();
