import type { UserRole } from "../platform/db/generated/enums";

export type StaffRole = Exclude<UserRole, "PATIENT">;

export const staffRoleLabels: Record<StaffRole, string> = {
  BOOKING_CLERK: "Booking clerk",
  CLINICIAN: "Clinician",
  ADMIN: "Administrator",
};

/** Each staff role's home after sign-in. */
export const staffHome: Record<StaffRole, string> = {
  BOOKING_CLERK: "/staff",
  CLINICIAN: "/staff",
  ADMIN: "/staff",
};

export function isStaffRole(role: UserRole): role is StaffRole {
  return role !== "PATIENT";
}
