import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireStaff } from "@/server/identity/guards";
import { addClosureAction } from "../../../actions";
import { ClosureForm } from "../../../closure-form";
import { clinicBreadcrumb, loadClinic } from "../../load-clinic";

export const metadata: Metadata = { title: "Close a clinic" };

export default async function NewClosurePage({ params }: { params: Promise<{ clinicId: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const clinic = await loadClinic((await params).clinicId);
  return (
    <>
      <Breadcrumb items={clinicBreadcrumb(clinic)} />
      <span className="nhsuk-caption-l">{clinic.name}</span>
      <h1>Close the clinic</h1>
      <p>
        No slots are offered on the days the clinic is closed. Patients already booked on those days are told and put on the worklist to be rebooked.
        Bank holidays are closed already.
      </p>
      <ClosureForm action={addClosureAction} clinicId={clinic.id} />
    </>
  );
}
