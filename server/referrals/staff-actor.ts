import type { Actor } from "../audit/record-audit";
import type { StaffContext } from "../auth/guards";
import { staffRoleLabels } from "../auth/roles";

/** How the audit trail names a member of staff: "Clinician: Priya Shah". */
export function staffActor(staff: StaffContext): Actor {
  return { userId: staff.userId, label: `${staffRoleLabels[staff.role]}: ${staff.name}` };
}
