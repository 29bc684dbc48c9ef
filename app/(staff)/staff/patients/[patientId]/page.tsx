import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionLink } from "@/components/action-link";
import { BackLink } from "@/components/back-link";
import { SummaryList } from "@/components/summary-list";
import { Tag } from "@/components/tag";
import { WarningCallout } from "@/components/warning-callout";
import { requireStaff, staffMayAct } from "@/server/identity/guards";
import { ageOn } from "@/server/booking/core/record-attendance";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { formatNhsNumber } from "@/server/patients/nhs-number";
import { staffPatientName } from "@/server/patients/patient-name";
import { loadPatientRecord } from "@/server/patients/patient-record";
import { formatCalendarDate } from "@/server/platform/time/london";
import { CommunicationFlags } from "../../_components/communication-flags";
import { AppointmentsTable } from "./appointments-table";
import { ReferralsList } from "./referrals-list";

export const metadata: Metadata = { title: "Patient" };

const contactLabel = { EMAIL: "Email", SMS: "Text message", POST: "Letter", TELEPHONE: "Telephone" } as const;

export default async function StaffPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const staff = await requireStaff();
  const { patientId } = await params;
  if (!isUuid(patientId)) notFound();
  const record = await loadPatientRecord(db(), patientId);
  if (!record) notFound();
  const { patient, referrals, upcoming, past } = record;
  const canBook = staffMayAct(staff.role, ["BOOKING_CLERK"]);
  const hasNeeds = patient.communicationNeeds.length > 0;
  return (
    <>
      <BackLink href="/staff/patients">Find another patient</BackLink>
      <span className="nhsuk-caption-l">Patient</span>
      <h1>{staffPatientName(patient)}</h1>
      {patient.diedAt && <Tag colour="grey">Deceased</Tag>}
      {hasNeeds && (
        <WarningCallout heading="Communication needs" headingLevel={2}>
          <CommunicationFlags patient={patient} />
          {patient.accessNotes && <p className="nhsuk-u-margin-top-3">{patient.accessNotes}</p>}
        </WarningCallout>
      )}
      <SummaryList
        rows={[
          { key: "NHS number", value: formatNhsNumber(patient.nhsNumber) },
          { key: "Date of birth", value: `${formatCalendarDate(patient.dateOfBirth)} (${ageOn(patient.dateOfBirth, new Date())} years)` },
          { key: "Address", value: [patient.addressLine1, patient.addressLine2, patient.town, patient.postcode].filter(Boolean).join(", ") },
          { key: "Email", value: patient.email ?? "Not given" },
          { key: "Mobile", value: patient.mobile ?? "Not given" },
          { key: "Preferred contact", value: contactLabel[patient.preferredContact] },
          { key: "Communication needs", value: hasNeeds ? <CommunicationFlags patient={patient} /> : "None recorded" },
        ]}
      />
      {canBook && <ActionLink href={`/staff/patients/${patient.id}/book`}>Book an appointment</ActionLink>}
      <h2>Referrals and waiting list</h2>
      <ReferralsList patientId={patient.id} referrals={referrals} canBook={canBook} canStartPifu={staffMayAct(staff.role, ["CLINICIAN"])} />
      <h2>Upcoming appointments</h2>
      <AppointmentsTable appointments={upcoming} caption="Upcoming appointments" empty="No upcoming appointments." />
      <h2>Past appointments</h2>
      <AppointmentsTable appointments={past} caption="Past and cancelled appointments" empty="No past appointments." />
      <h2>Messages and letters</h2>
      <p>
        <a href={`/staff/patients/${patient.id}/messages`}>Every message and letter sent to this patient</a>, with its status, and returned mail.
      </p>
    </>
  );
}
