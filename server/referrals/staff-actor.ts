import type { Actor } from "../platform/audit/record-audit";
import type { StaffContext } from "../identity/guards";
import { staffRoleLabels } from "../identity/roles";

/** How the audit trail names a member of staff: "Clinician: Priya Shah". */
export function staffActor(staff: StaffContext): Actor {
  return { userId: staff.userId, label: `${staffRoleLabels[staff.role]}: ${staff.name}` };
}
