import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireStaff } from "@/server/identity/guards";
import { saveSessionAction } from "../../../actions";
import { SessionForm } from "../../../session-form";
import { clinicBreadcrumb, loadClinic } from "../../load-clinic";

export const metadata: Metadata = { title: "Add a session" };

export default async function NewSessionPage({ params }: { params: Promise<{ clinicId: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const clinic = await loadClinic((await params).clinicId);
  return (
    <>
      <Breadcrumb items={clinicBreadcrumb(clinic)} />
      <span className="nhsuk-caption-l">{clinic.name}</span>
      <h1>Add a weekly session</h1>
      <p>Slots for the new session are made straight away.</p>
      <SessionForm action={saveSessionAction} clinicId={clinic.id} types={clinic.service.appointmentTypes} initial={{ capacityPerSlot: "1" }} submitLabel="Add session" />
    </>
  );
}
