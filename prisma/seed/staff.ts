import type { Prisma } from "../../server/platform/db/generated/client";
import { DEMO_ADMIN, DEMO_CLERK, DEMO_CLINICIAN, DEMO_PATIENTS } from "./demo-identities";
import type { GeneratedPatient } from "./patients";
import { createRandom } from "./random";
import type { TrustIds } from "./trust";

type UserRow = Prisma.UserCreateManyInput;

/**
 * Sign-in accounts: the three demo staff and the two demo patients. There are no
 * passwords; people sign in through NHS login / CIS2, or locally in development.
 */
export function demoUsers(trust: TrustIds, patients: readonly GeneratedPatient[]): UserRow[] {
  const ids = createRandom("ids:users");
  const clinicianId = trust.clinicianId.get("shah");
  if (!clinicianId) throw new Error("The demo clinician (Priya Shah) is missing from the trust definition");
  const staff: UserRow[] = [
    { id: ids.uuid(), name: DEMO_CLERK.name, email: DEMO_CLERK.email, role: DEMO_CLERK.role },
    { id: ids.uuid(), name: DEMO_CLINICIAN.name, email: DEMO_CLINICIAN.email, role: DEMO_CLINICIAN.role, clinicianId },
    { id: ids.uuid(), name: DEMO_ADMIN.name, email: DEMO_ADMIN.email, role: DEMO_ADMIN.role },
  ];
  const patientUsers = DEMO_PATIENTS.map((demo): UserRow => {
    const patient = patients.find((p) => p.row.nhsNumber === demo.nhsNumber);
    if (!patient) throw new Error(`Demo patient ${demo.name} is missing from the generated patients`);
    return { id: ids.uuid(), name: demo.name, email: demo.email, role: "PATIENT", patientId: patient.row.id };
  });
  return [...staff, ...patientUsers];
}
