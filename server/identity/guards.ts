import { forbidden, notFound, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "./session";
import { isStaffRole, type StaffRole } from "./roles";

export type PatientContext = { userId: string; patientId: string; name: string };
export type StaffContext = { userId: string; name: string; role: StaffRole };

/**
 * The first line of every patient page, action and route. Everything a patient
 * loads is then scoped by `patientId` from here, never by an id from the request.
 */
export async function requirePatient(): Promise<PatientContext> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (user.role !== "PATIENT" || !user.patientId) notFound();
  return { userId: user.id, patientId: user.patientId, name: user.name };
}

/**
 * The first line of every staff page, action and route. Admins may do what any
 * staff role may; other roles only what is listed.
 */
export async function requireStaff(...roles: StaffRole[]): Promise<StaffContext> {
  const user = await currentUser();
  if (!user) redirect("/staff/sign-in");
  if (!isStaffRole(user.role)) notFound();
  if (!staffMayAct(user.role, roles)) forbidden();
  return { userId: user.id, name: user.name, role: user.role };
}

export function staffMayAct(role: StaffRole, allowed: StaffRole[]): boolean {
  return allowed.length === 0 || role === "ADMIN" || allowed.includes(role);
}

/** For route handlers that answer JSON rather than redirecting. */
export async function patientOrNull(): Promise<PatientContext | null> {
  const user: SessionUser | null = await currentUser();
  if (!user || user.role !== "PATIENT" || !user.patientId) return null;
  return { userId: user.id, patientId: user.patientId, name: user.name };
}
