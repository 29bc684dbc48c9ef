-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('PATIENT', 'BOOKING_CLERK', 'CLINICIAN', 'ADMIN');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('EMAIL', 'SMS', 'POST', 'TELEPHONE');

-- CreateEnum
CREATE TYPE "CommunicationNeed" AS ENUM ('LARGE_PRINT', 'BRAILLE', 'EASY_READ', 'AUDIO', 'BRITISH_SIGN_LANGUAGE', 'INTERPRETER', 'WHEELCHAIR_ACCESS', 'LONGER_APPOINTMENT', 'HEARING_LOOP', 'OTHER');

-- CreateEnum
CREATE TYPE "AppointmentKind" AS ENUM ('NEW', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AppointmentMode" AS ENUM ('IN_PERSON', 'TELEPHONE', 'VIDEO');

-- CreateEnum
CREATE TYPE "SlotStatus" AS ENUM ('AVAILABLE', 'BLOCKED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReferralSource" AS ENUM ('GP', 'E_REFERRAL_SERVICE', 'SELF', 'CONSULTANT', 'OTHER_TRUST', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralPriority" AS ENUM ('ROUTINE', 'URGENT', 'TWO_WEEK_WAIT');

-- CreateEnum
CREATE TYPE "SurgicalPriority" AS ENUM ('P1A', 'P1B', 'P2', 'P3', 'P4', 'P5', 'P6');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('AWAITING_TRIAGE', 'ACCEPTED', 'REJECTED', 'REDIRECTED', 'ADVICE_AND_GUIDANCE', 'BOOKED', 'SEEN', 'ON_PIFU', 'DISCHARGED', 'CLOSED');

-- CreateEnum
CREATE TYPE "WaitingListStatus" AS ENUM ('WAITING', 'BOOKED', 'REMOVED');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'ARRIVED', 'SEEN', 'DID_NOT_ATTEND', 'WAS_NOT_BROUGHT', 'CANCELLED_BY_PATIENT', 'CANCELLED_BY_HOSPITAL', 'NEEDS_REBOOKING');

-- CreateEnum
CREATE TYPE "AppointmentOutcome" AS ENUM ('DISCHARGED', 'FOLLOW_UP', 'PATIENT_INITIATED_FOLLOW_UP', 'ADDED_TO_TREATMENT_LIST', 'REFERRED_ELSEWHERE');

-- CreateEnum
CREATE TYPE "BookingChannel" AS ENUM ('STAFF', 'PATIENT_ONLINE', 'BOOKING_REFERENCE');

-- CreateEnum
CREATE TYPE "PifuEndAction" AS ENUM ('DISCHARGE', 'CLINICAL_REVIEW');

-- CreateEnum
CREATE TYPE "PifuStatus" AS ENUM ('ACTIVE', 'TRIGGERED', 'REVIEW_BOOKED', 'DISCHARGED', 'ENDED');

-- CreateEnum
CREATE TYPE "WorklistTaskKind" AS ENUM ('APPOINTMENT_SLOT_ISSUE', 'NEEDS_REBOOKING', 'CALL_BACK', 'PIFU_REQUEST', 'VALIDATION');

-- CreateEnum
CREATE TYPE "WorklistTaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS', 'LETTER');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('PENDING', 'SENT', 'READ', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PostageClass" AS ENUM ('FIRST', 'SECOND', 'ECONOMY');

-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('PENDING', 'ACCEPTED', 'PRINTED', 'DISPATCHED', 'RETURNED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "nhsNumber" CHAR(10) NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "town" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "email" TEXT,
    "mobile" TEXT,
    "preferredContact" "ContactChannel" NOT NULL DEFAULT 'EMAIL',
    "communicationNeeds" "CommunicationNeed"[],
    "interpreterLanguage" TEXT,
    "accessNotes" TEXT,
    "needsReviewedAt" TIMESTAMPTZ(3),
    "diedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'PATIENT',
    "patientId" UUID,
    "clinicianId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "usesSurgicalPriorities" BOOLEAN NOT NULL DEFAULT false,
    "contactPhone" TEXT NOT NULL,
    "contactEmail" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "town" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "accessibilityNotes" TEXT,
    "directions" TEXT,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clinician" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "professionalRole" TEXT NOT NULL,
    "serviceId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Clinician_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentType" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AppointmentKind" NOT NULL,
    "mode" "AppointmentMode" NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "patientBookable" BOOLEAN NOT NULL DEFAULT true,
    "minNoticeHours" INTEGER NOT NULL DEFAULT 24,
    "maxHorizonDays" INTEGER NOT NULL DEFAULT 84,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "AppointmentType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clinic" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "serviceId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "clinicianId" UUID NOT NULL,
    "videoJoinUrl" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicSession" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "capacityPerSlot" INTEGER NOT NULL DEFAULT 1,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClinicSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicClosure" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slot" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "sessionId" UUID,
    "clinicianId" UUID NOT NULL,
    "appointmentTypeId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "bookedCount" INTEGER NOT NULL DEFAULT 0,
    "status" "SlotStatus" NOT NULL DEFAULT 'AVAILABLE',
    "patientBookable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "originalServiceId" UUID,
    "ubrn" TEXT,
    "sourceSystem" TEXT,
    "sourceId" TEXT,
    "source" "ReferralSource" NOT NULL,
    "referrerName" TEXT NOT NULL,
    "referrerOrgCode" TEXT,
    "referrerEmail" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "priority" "ReferralPriority" NOT NULL DEFAULT 'ROUTINE',
    "clinicalPriority" "SurgicalPriority",
    "reason" TEXT NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'AWAITING_TRIAGE',
    "triagedAt" TIMESTAMPTZ(3),
    "triagedById" UUID,
    "triageNote" TEXT,
    "rejectionReason" TEXT,
    "pathwayId" TEXT NOT NULL,
    "rttClockStartAt" TIMESTAMPTZ(3),
    "rttClockStopAt" TIMESTAMPTZ(3),
    "rttStatusCode" VARCHAR(2),
    "bookingReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RttEvent" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RttEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitingListEntry" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "appointmentTypeId" UUID,
    "kind" "AppointmentKind" NOT NULL,
    "priority" "ReferralPriority" NOT NULL DEFAULT 'ROUTINE',
    "addedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueBy" DATE,
    "status" "WaitingListStatus" NOT NULL DEFAULT 'WAITING',
    "removedReason" TEXT,
    "lastValidatedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WaitingListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "referralId" UUID,
    "waitingListEntryId" UUID,
    "appointmentTypeId" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "clinicianId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "outcome" "AppointmentOutcome",
    "followUpWeeks" INTEGER,
    "outcomeNote" TEXT,
    "cancelReason" TEXT,
    "bookingChannel" "BookingChannel" NOT NULL,
    "bookedById" UUID,
    "idempotencyKey" TEXT,
    "rescheduledFromId" UUID,
    "calendarUid" TEXT NOT NULL,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PifuPathway" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "clinicianId" UUID NOT NULL,
    "fromAppointmentId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "triggerSymptoms" TEXT NOT NULL,
    "endAction" "PifuEndAction" NOT NULL DEFAULT 'DISCHARGE',
    "status" "PifuStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PifuPathway_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorklistTask" (
    "id" UUID NOT NULL,
    "kind" "WorklistTaskKind" NOT NULL,
    "status" "WorklistTaskStatus" NOT NULL DEFAULT 'OPEN',
    "patientId" UUID NOT NULL,
    "serviceId" UUID,
    "referralId" UUID,
    "appointmentId" UUID,
    "summary" TEXT NOT NULL,
    "details" JSONB,
    "dueBy" TIMESTAMPTZ(3),
    "assignedToId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WorklistTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "patientId" UUID,
    "appointmentId" UUID,
    "referralId" UUID,
    "channel" "MessageChannel" NOT NULL,
    "template" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "messageId" UUID,
    "template" TEXT NOT NULL,
    "largePrint" BOOLEAN NOT NULL DEFAULT false,
    "postageClass" "PostageClass" NOT NULL DEFAULT 'SECOND',
    "status" "LetterStatus" NOT NULL DEFAULT 'PENDING',
    "printAfter" TIMESTAMPTZ(3),
    "pdf" BYTEA,
    "pageCount" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" BIGSERIAL NOT NULL,
    "queue" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "runAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "uniqueKey" TEXT,
    "lockedAt" TIMESTAMPTZ(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "patientId" UUID,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ApiClient" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AppointmentTypeToClinicSession" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_AppointmentTypeToClinicSession_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Patient_nhsNumber_key" ON "Patient"("nhsNumber");

-- CreateIndex
CREATE INDEX "Patient_familyName_dateOfBirth_idx" ON "Patient"("familyName", "dateOfBirth");

-- CreateIndex
CREATE INDEX "Patient_postcode_idx" ON "Patient"("postcode");

-- CreateIndex
CREATE INDEX "Patient_email_idx" ON "Patient"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_patientId_key" ON "User"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "User_clinicianId_key" ON "User"("clinicianId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Location_code_key" ON "Location"("code");

-- CreateIndex
CREATE INDEX "Clinician_serviceId_idx" ON "Clinician"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentType_serviceId_code_key" ON "AppointmentType"("serviceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Clinic_code_key" ON "Clinic"("code");

-- CreateIndex
CREATE INDEX "Clinic_serviceId_idx" ON "Clinic"("serviceId");

-- CreateIndex
CREATE INDEX "Clinic_clinicianId_idx" ON "Clinic"("clinicianId");

-- CreateIndex
CREATE INDEX "ClinicSession_clinicId_idx" ON "ClinicSession"("clinicId");

-- CreateIndex
CREATE INDEX "ClinicClosure_clinicId_startDate_idx" ON "ClinicClosure"("clinicId", "startDate");

-- CreateIndex
CREATE INDEX "Slot_appointmentTypeId_status_startsAt_idx" ON "Slot"("appointmentTypeId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Slot_clinicianId_startsAt_idx" ON "Slot"("clinicianId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Slot_clinicId_startsAt_appointmentTypeId_key" ON "Slot"("clinicId", "startsAt", "appointmentTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_ubrn_key" ON "Referral"("ubrn");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_pathwayId_key" ON "Referral"("pathwayId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_bookingReference_key" ON "Referral"("bookingReference");

-- CreateIndex
CREATE INDEX "Referral_patientId_idx" ON "Referral"("patientId");

-- CreateIndex
CREATE INDEX "Referral_serviceId_status_priority_receivedAt_idx" ON "Referral"("serviceId", "status", "priority", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_sourceSystem_sourceId_key" ON "Referral"("sourceSystem", "sourceId");

-- CreateIndex
CREATE INDEX "RttEvent_referralId_occurredAt_idx" ON "RttEvent"("referralId", "occurredAt");

-- CreateIndex
CREATE INDEX "WaitingListEntry_serviceId_status_priority_addedAt_idx" ON "WaitingListEntry"("serviceId", "status", "priority", "addedAt");

-- CreateIndex
CREATE INDEX "WaitingListEntry_patientId_idx" ON "WaitingListEntry"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_idempotencyKey_key" ON "Appointment"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_rescheduledFromId_key" ON "Appointment"("rescheduledFromId");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_calendarUid_key" ON "Appointment"("calendarUid");

-- CreateIndex
CREATE INDEX "Appointment_patientId_startsAt_idx" ON "Appointment"("patientId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_clinicId_startsAt_idx" ON "Appointment"("clinicId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_clinicianId_startsAt_idx" ON "Appointment"("clinicianId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_referralId_idx" ON "Appointment"("referralId");

-- CreateIndex
CREATE INDEX "Appointment_slotId_idx" ON "Appointment"("slotId");

-- CreateIndex
CREATE UNIQUE INDEX "PifuPathway_fromAppointmentId_key" ON "PifuPathway"("fromAppointmentId");

-- CreateIndex
CREATE INDEX "PifuPathway_status_endsAt_idx" ON "PifuPathway"("status", "endsAt");

-- CreateIndex
CREATE INDEX "PifuPathway_patientId_idx" ON "PifuPathway"("patientId");

-- CreateIndex
CREATE INDEX "WorklistTask_kind_status_createdAt_idx" ON "WorklistTask"("kind", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WorklistTask_patientId_idx" ON "WorklistTask"("patientId");

-- CreateIndex
CREATE INDEX "Message_status_createdAt_idx" ON "Message"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Message_patientId_createdAt_idx" ON "Message"("patientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_messageId_key" ON "Letter"("messageId");

-- CreateIndex
CREATE INDEX "Letter_status_printAfter_idx" ON "Letter"("status", "printAfter");

-- CreateIndex
CREATE UNIQUE INDEX "Job_uniqueKey_key" ON "Job"("uniqueKey");

-- CreateIndex
CREATE INDEX "Job_status_queue_runAt_idx" ON "Job"("status", "queue", "runAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_occurredAt_idx" ON "AuditEvent"("entityType", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_patientId_occurredAt_idx" ON "AuditEvent"("patientId", "occurredAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_keyHash_key" ON "ApiClient"("keyHash");

-- CreateIndex
CREATE INDEX "_AppointmentTypeToClinicSession_B_index" ON "_AppointmentTypeToClinicSession"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "Clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clinician" ADD CONSTRAINT "Clinician_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentType" ADD CONSTRAINT "AppointmentType_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "Clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicSession" ADD CONSTRAINT "ClinicSession_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicClosure" ADD CONSTRAINT "ClinicClosure_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClinicSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "Clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_appointmentTypeId_fkey" FOREIGN KEY ("appointmentTypeId") REFERENCES "AppointmentType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_originalServiceId_fkey" FOREIGN KEY ("originalServiceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RttEvent" ADD CONSTRAINT "RttEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_appointmentTypeId_fkey" FOREIGN KEY ("appointmentTypeId") REFERENCES "AppointmentType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_waitingListEntryId_fkey" FOREIGN KEY ("waitingListEntryId") REFERENCES "WaitingListEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_appointmentTypeId_fkey" FOREIGN KEY ("appointmentTypeId") REFERENCES "AppointmentType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "Clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_rescheduledFromId_fkey" FOREIGN KEY ("rescheduledFromId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuPathway" ADD CONSTRAINT "PifuPathway_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuPathway" ADD CONSTRAINT "PifuPathway_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuPathway" ADD CONSTRAINT "PifuPathway_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuPathway" ADD CONSTRAINT "PifuPathway_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "Clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PifuPathway" ADD CONSTRAINT "PifuPathway_fromAppointmentId_fkey" FOREIGN KEY ("fromAppointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorklistTask" ADD CONSTRAINT "WorklistTask_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorklistTask" ADD CONSTRAINT "WorklistTask_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorklistTask" ADD CONSTRAINT "WorklistTask_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorklistTask" ADD CONSTRAINT "WorklistTask_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppointmentTypeToClinicSession" ADD CONSTRAINT "_AppointmentTypeToClinicSession_A_fkey" FOREIGN KEY ("A") REFERENCES "AppointmentType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppointmentTypeToClinicSession" ADD CONSTRAINT "_AppointmentTypeToClinicSession_B_fkey" FOREIGN KEY ("B") REFERENCES "ClinicSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
