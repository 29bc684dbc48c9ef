-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "patientConfirmedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Message_appointmentId_idx" ON "Message"("appointmentId");
