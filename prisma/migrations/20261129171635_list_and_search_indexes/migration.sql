-- ─── Hand-written: trigram matching for search by part of a name ─────────────
-- Listed in server/platform/db/schema-extras.ts. Ships with PostgreSQL (contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Patient_dateOfBirth_idx" ON "Patient"("dateOfBirth");

-- CreateIndex
CREATE INDEX "Patient_familyName_trgm_idx" ON "Patient" USING GIN ("familyName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Referral_receivedAt_id_idx" ON "Referral"("receivedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Referral_status_receivedAt_id_idx" ON "Referral"("status", "receivedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Referral_serviceId_status_receivedAt_id_idx" ON "Referral"("serviceId", "status", "receivedAt" DESC, "id");
