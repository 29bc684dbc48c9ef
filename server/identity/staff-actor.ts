import type { Actor } from "../platform/audit/record-audit";
import type { StaffContext } from "./guards";
import { staffRoleLabels } from "./roles";

/** How the audit trail names a signed-in member of staff: "Booking clerk: Sam Patel". */
export function staffActor(staff: StaffContext): Actor {
  return { userId: staff.userId, label: `${staffRoleLabels[staff.role]}: ${staff.name}` };
}
