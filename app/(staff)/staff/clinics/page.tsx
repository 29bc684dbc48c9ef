import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { listClinicsByService } from "@/server/scheduling/clinic-directory";
import { getSetting } from "@/server/platform/settings/settings";
import { generateSlotsNowAction } from "./actions";
import { GenerateSlotsForm } from "./generate-slots-form";

export const metadata: Metadata = { title: "Clinics" };

export default async function ClinicsPage() {
  const staff = await requireStaff("BOOKING_CLERK");
  const [services, horizonWeeks] = await Promise.all([listClinicsByService(db()), getSetting(db(), "slotHorizonWeeks")]);
  return (
    <>
      <Breadcrumb items={[{ href: "/staff", text: "Booking centre" }]} />
      <h1>Clinics</h1>
      <p>
        Each clinic has weekly sessions. Slots are made from them {horizonWeeks} weeks ahead, every night, leaving out bank holidays and
        days a clinic is closed.
      </p>
      {services.map((service) => (
        <Table
          key={service.id}
          caption={service.name}
          captionSize="m"
          head={["Clinic", "Location", "Clinician", "Weekly sessions"]}
          numericColumns={[3]}
          rows={service.clinics.map((clinic) => [
            <>
              <a href={`/staff/clinics/${clinic.id}`}>{clinic.name}</a>
              {!clinic.active && (
                <>
                  {" "}
                  <Tag colour="grey">Not running</Tag>
                </>
              )}
            </>,
            clinic.location.name,
            clinic.clinician.name,
            clinic._count.sessions,
          ])}
        />
      ))}
      {staff.role === "ADMIN" && (
        <>
          <h2>Slot generation</h2>
          <p>Slots are generated every night. Generate them now after changing the horizon or the bank holidays.</p>
          <GenerateSlotsForm action={generateSlotsNowAction} />
        </>
      )}
    </>
  );
}
