-- CreateEnum
CREATE TYPE "SlotCancelSource" AS ENUM ('STAFF', 'TEMPLATE');

-- AlterTable
ALTER TABLE "Slot" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledBy" "SlotCancelSource";
