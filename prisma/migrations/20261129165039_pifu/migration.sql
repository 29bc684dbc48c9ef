-- CreateEnum
CREATE TYPE "PifuRequestSource" AS ENUM ('ONLINE', 'PHONE');

-- CreateEnum
CREATE TYPE "PifuRequestStatus" AS ENUM ('OPEN', 'BOOKING', 'ADVICE_GIVEN', 'REDIRECTED');

-- AlterEnum
ALTER TYPE "PifuStatus" ADD VALUE 'REVIEW_DUE';

-- AlterEnum
ALTER TYPE "WorklistTaskKind" ADD VALUE 'PIFU_REVIEW';

-- AlterTable
ALTER TABLE "PifuPathway" ADD COLUMN     "endWarnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "endedAt" TIMESTAMPTZ(3),
ADD COLUMN     "howToContact" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lastContactAt" TIMESTAMPTZ(3),
ADD COLUMN     "noContactReviewAt" TIMESTAMPTZ(3),
ADD COLUMN     "personalNotes" TEXT,
ADD COLUMN     "questions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "responseWorkingDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "safetyNetting" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "templateId" UUID,
ALTER COLUMN "endsAt" DROP NOT NULL,
ALTER COLUMN "durationMonths" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PifuTemplate" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "periodMonths" INTEGER,
    "triggerSymptoms" TEXT NOT NULL,
    "safetyNetting" TEXT NOT NULL,
    "howToContact" TEXT NOT NULL,
    "endAction" "PifuEndAction" NOT NULL DEFAULT 'DISCHARGE',
    "responseWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "questions" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PifuTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PifuRequest" (
    "id" UUID NOT NULL,
    "pathwayId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "source" "PifuRequestSource" NOT NULL,
    "answers" JSONB NOT NULL,
    "details" TEXT NOT NULL,
    "preferredMode" "AppointmentMode",
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "PifuRequestStatus" NOT NULL DEFAULT 'OPEN',
    "loggedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decisionNote" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "waitingListEntryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PifuRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PifuTemplate_serviceId_name_key" ON "PifuTemplate"("serviceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PifuRequest_waitingListEntryId_key" ON "PifuRequest"("waitingListEntryId");

-- CreateIndex
CREATE INDEX "PifuRequest_pathwayId_requestedAt_idx" ON "PifuRequest"("pathwayId", "requestedAt");

-- CreateIndex
CREATE INDEX "PifuRequest_patientId_idx" ON "PifuRequest"("patientId");

-- CreateIndex
CREATE INDEX "PifuRequest_serviceId_status_dueAt_idx" ON "PifuRequest"("serviceId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "PifuRequest_status_dueAt_idx" ON "PifuRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "PifuPathway_referralId_idx" ON "PifuPathway"("referralId");

-- CreateIndex
CREATE INDEX "PifuPathway_serviceId_status_endsAt_id_idx" ON "PifuPathway"("serviceId", "status", "endsAt", "id");

-- AddForeignKey
ALTER TABLE "PifuTemplate" ADD CONSTRAINT "PifuTemplate_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuPathway" ADD CONSTRAINT "PifuPathway_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PifuTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuRequest" ADD CONSTRAINT "PifuRequest_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "PifuPathway"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuRequest" ADD CONSTRAINT "PifuRequest_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuRequest" ADD CONSTRAINT "PifuRequest_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuRequest" ADD CONSTRAINT "PifuRequest_waitingListEntryId_fkey" FOREIGN KEY ("waitingListEntryId") REFERENCES "WaitingListEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (listed in server/platform/db/schema-extras.ts).
-- One open PIFU request per pathway: a second click, or a phone request logged while
-- one is open, cannot create two.
CREATE UNIQUE INDEX "PifuRequest_one_open_per_pathway" ON "PifuRequest"("pathwayId") WHERE status = 'OPEN';
-- One active PIFU pathway per referral: a new activation ends the previous one first.
CREATE UNIQUE INDEX "PifuPathway_one_active_per_referral" ON "PifuPathway"("referralId") WHERE status = 'ACTIVE';
