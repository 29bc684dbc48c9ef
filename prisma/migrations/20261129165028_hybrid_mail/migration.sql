-- CreateEnum
CREATE TYPE "LetterVariant" AS ENUM ('STANDARD', 'LARGE_PRINT', 'BRAILLE', 'EASY_READ', 'OTHER_LANGUAGE', 'BSL');

-- CreateEnum
CREATE TYPE "PrintBatchStatus" AS ENUM ('BUILDING', 'READY', 'DISPATCHED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LetterStatus" ADD VALUE 'IN_BATCH';
ALTER TYPE "LetterStatus" ADD VALUE 'DELIVERED';

-- AlterEnum
ALTER TYPE "MessageStatus" ADD VALUE 'SENDING';

-- AlterEnum
ALTER TYPE "WorklistTaskKind" ADD VALUE 'RETURNED_MAIL';

-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "batchId" UUID,
ADD COLUMN     "postagePence" INTEGER,
ADD COLUMN     "sheetCount" INTEGER,
ADD COLUMN     "statusNote" TEXT,
ADD COLUMN     "variant" "LetterVariant" NOT NULL DEFAULT 'STANDARD';

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "content" JSONB,
ADD COLUMN     "forcePrint" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "leaseUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN     "addressCheckNeededAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PrintBatch" (
    "id" UUID NOT NULL,
    "postageClass" "PostageClass" NOT NULL,
    "status" "PrintBatchStatus" NOT NULL DEFAULT 'BUILDING',
    "leaseUntil" TIMESTAMPTZ(3),
    "letterCount" INTEGER NOT NULL DEFAULT 0,
    "pageCount" INTEGER NOT NULL DEFAULT 0,
    "sheetCount" INTEGER NOT NULL DEFAULT 0,
    "postagePence" INTEGER NOT NULL DEFAULT 0,
    "pdfFile" TEXT,
    "manifestFile" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "builtAt" TIMESTAMPTZ(3),
    "dispatchedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PrintBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageEvent" (
    "id" BIGSERIAL NOT NULL,
    "messageId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "MessageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrintBatch_status_createdAt_idx" ON "PrintBatch"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MessageEvent_messageId_at_idx" ON "MessageEvent"("messageId", "at");

-- CreateIndex
CREATE INDEX "Letter_batchId_idx" ON "Letter"("batchId");

-- AddForeignKey
ALTER TABLE "MessageEvent" ADD CONSTRAINT "MessageEvent_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PrintBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
