import type { Tx } from "../../server/platform/db/client";
import type { Prisma } from "../../server/platform/db/generated/client";
import { bulkInsert } from "./bulk-insert";
import { CLINICIANS, CLINICS, minutesAfterMidnight, videoJoinUrlFor } from "./clinics";
import { LOCATIONS } from "./locations";
import { createRandom } from "./random";
import { appointmentTypesFor, SERVICES, type AppointmentTypeCode, type ServiceCode } from "./services";

/** Ids of what `seedTrust` created, for the patient and referral parts of the seed. */
export interface TrustIds {
  serviceId: Record<ServiceCode, string>;
  /** Keyed `${serviceCode}:${appointmentTypeCode}`. */
  appointmentTypeId: Map<string, string>;
  clinicianId: Map<string, string>;
  cliniciansByService: Record<ServiceCode, string[]>;
}

export interface TrustCounts {
  services: number;
  appointmentTypes: number;
  locations: number;
  clinicians: number;
  clinics: number;
  clinicSessions: number;
}

export function appointmentTypeKey(serviceCode: ServiceCode, code: AppointmentTypeCode): string {
  return `${serviceCode}:${code}`;
}

/** Services, appointment types, locations, clinicians, clinics and weekly session templates. */
export async function seedTrust(tx: Tx, sessionsValidFrom: Date): Promise<{ ids: TrustIds; counts: TrustCounts }> {
  const random = createRandom("ids:trust");

  const services = SERVICES.map((s) => ({
    id: random.uuid(),
    code: s.code,
    name: s.name,
    description: s.description,
    usesSurgicalPriorities: s.usesSurgicalPriorities,
    contactPhone: s.contactPhone,
    contactEmail: s.contactEmail,
  }));
  await tx.service.createMany({ data: services });
  const serviceId = Object.fromEntries(services.map((s) => [s.code, s.id])) as Record<ServiceCode, string>;

  const appointmentTypeId = new Map<string, string>();
  const appointmentTypes = SERVICES.flatMap(appointmentTypesFor).map(({ serviceCode, ...type }) => {
    const id = random.uuid();
    appointmentTypeId.set(appointmentTypeKey(serviceCode, type.code), id);
    return { id, serviceId: serviceId[serviceCode], ...type };
  });
  await tx.appointmentType.createMany({ data: appointmentTypes });

  const locations = LOCATIONS.map((l) => ({ id: random.uuid(), ...l }));
  await tx.location.createMany({ data: locations });
  const locationId = new Map(locations.map((l) => [l.code, l.id]));

  const clinicians = CLINICIANS.map((c) => ({ id: random.uuid(), key: c.key, serviceCode: c.serviceCode, name: c.name, professionalRole: c.professionalRole }));
  await tx.clinician.createMany({
    data: clinicians.map((c) => ({ id: c.id, name: c.name, professionalRole: c.professionalRole, serviceId: serviceId[c.serviceCode] })),
  });
  const clinicianId = new Map(clinicians.map((c) => [c.key, c.id]));
  const cliniciansByService = { MSK: [], POD: [], PAED: [], AUD: [] } as Record<ServiceCode, string[]>;
  for (const c of clinicians) cliniciansByService[c.serviceCode].push(c.id);

  const clinics = CLINICS.map((c) => ({
    id: random.uuid(),
    code: c.code,
    name: c.name,
    serviceId: serviceId[c.serviceCode],
    locationId: required(locationId.get(c.locationCode), `location ${c.locationCode}`),
    clinicianId: required(clinicianId.get(c.clinicianKey), `clinician ${c.clinicianKey}`),
    videoJoinUrl: videoJoinUrlFor(c),
  }));
  await tx.clinic.createMany({ data: clinics });

  // Sessions and their appointment-type links go in with one statement each:
  // createMany cannot fill Prisma's implicit many-to-many table.
  const sessions: Prisma.ClinicSessionCreateManyInput[] = [];
  const sessionTypes: { A: string; B: string }[] = [];
  for (const [i, clinic] of CLINICS.entries()) {
    for (const session of clinic.sessions) {
      const id = random.uuid();
      sessions.push({
        id,
        clinicId: clinics[i]!.id,
        weekday: session.weekday,
        startMinute: minutesAfterMidnight(session.start),
        endMinute: minutesAfterMidnight(session.end),
        slotMinutes: session.slotMinutes,
        capacityPerSlot: 1,
        validFrom: sessionsValidFrom,
        validTo: null,
      });
      for (const code of session.types) {
        sessionTypes.push({ A: required(appointmentTypeId.get(appointmentTypeKey(clinic.serviceCode, code)), `${clinic.serviceCode} ${code}`), B: id });
      }
    }
  }
  await bulkInsert(tx, "ClinicSession", sessions);
  await bulkInsert(tx, "_AppointmentTypeToClinicSession", sessionTypes);

  return {
    ids: { serviceId, appointmentTypeId, clinicianId, cliniciansByService },
    counts: {
      services: services.length,
      appointmentTypes: appointmentTypes.length,
      locations: locations.length,
      clinicians: clinicians.length,
      clinics: clinics.length,
      clinicSessions: sessions.length,
    },
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo trust definition refers to an unknown ${what}`);
  return value;
}
