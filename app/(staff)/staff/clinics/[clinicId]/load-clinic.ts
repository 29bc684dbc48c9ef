import { notFound } from "next/navigation";
import { db } from "@/server/platform/db/client";
import { getClinicOverview } from "@/server/scheduling/clinic-directory";
import { isUuid } from "@/server/platform/forms/uuid";

/** The clinic named in the URL, or 404. */
export async function loadClinic(clinicId: string) {
  if (!isUuid(clinicId)) notFound();
  const clinic = await getClinicOverview(db(), clinicId);
  if (!clinic) notFound();
  return clinic;
}

export function clinicBreadcrumb(clinic: { id: string; name: string }) {
  return [
    { href: "/staff", text: "Booking centre" },
    { href: "/staff/clinics", text: "Clinics" },
    { href: `/staff/clinics/${clinic.id}`, text: clinic.name },
  ];
}
