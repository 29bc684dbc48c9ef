import type { Metadata } from "next";
import { requireStaff } from "@/server/identity/guards";
import { PatientSearch } from "./patient-search";

export const metadata: Metadata = { title: "Find a patient" };

export default async function FindPatientPage() {
  await requireStaff();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Find a patient</h1>
        <PatientSearch />
      </div>
    </div>
  );
}
