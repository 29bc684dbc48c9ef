-- CreateIndex
CREATE INDEX "Appointment_appointmentTypeId_createdAt_rescheduledFromId_idx" ON "Appointment"("appointmentTypeId", "createdAt", "rescheduledFromId");
