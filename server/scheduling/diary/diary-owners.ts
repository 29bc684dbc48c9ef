import type { DbClient } from "../../platform/db/client";
import type { DiaryOwner } from "./diary-schema";

/** The heading of a diary: the clinic (with its service, place and clinician) or the clinician. Null when unknown. */
export async function loadDiaryOwner(client: DbClient, owner: DiaryOwner) {
  if (owner.kind === "clinic") {
    const clinic = await client.clinic.findUnique({
      where: { id: owner.id },
      select: { name: true, service: { select: { name: true } }, location: { select: { name: true } }, clinician: { select: { id: true, name: true } } },
    });
    return clinic && { kind: "clinic" as const, id: owner.id, name: clinic.name, serviceName: clinic.service.name, detail: `${clinic.location.name}, ${clinic.clinician.name}` };
  }
  const clinician = await client.clinician.findUnique({
    where: { id: owner.id },
    select: { name: true, professionalRole: true, service: { select: { name: true } } },
  });
  return clinician && { kind: "clinician" as const, id: owner.id, name: clinician.name, serviceName: clinician.service.name, detail: clinician.professionalRole };
}

/** Every active service with its clinics and clinicians, for choosing a diary. */
export async function listDiaryOwners(client: DbClient) {
  return client.service.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      clinics: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } },
      clinicians: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, professionalRole: true } },
    },
  });
}
