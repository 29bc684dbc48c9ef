import type { ReactNode } from "react";
import { AppFrame } from "@/components/layout/app-frame";
import { env } from "@/server/platform/config/env";
import { SessionIdleWarning } from "@/components/auth/session-idle-warning";
import { currentUser } from "@/server/identity/session";
import { signOutCsrfToken } from "@/server/identity/csrf";
import { staffMayAct } from "@/server/identity/guards";
import { isStaffRole, staffRoleLabels, type StaffRole } from "@/server/identity/roles";

/** Each item lists the roles its page lets in (as its requireStaff call does; none means every staff role). */
const navigation: { href: string; label: string; roles: StaffRole[] }[] = [
  { href: "/staff", label: "Booking centre", roles: [] },
  { href: "/staff/patients", label: "Find a patient", roles: [] },
  { href: "/staff/diary", label: "Clinic diaries", roles: [] },
  { href: "/staff/referrals", label: "Referrals", roles: [] },
  { href: "/staff/triage", label: "Triage", roles: ["CLINICIAN"] },
  { href: "/staff/waiting-list", label: "Waiting list", roles: ["BOOKING_CLERK", "CLINICIAN"] },
  { href: "/staff/worklist", label: "Worklist", roles: ["BOOKING_CLERK", "CLINICIAN"] },
  { href: "/staff/pifu", label: "PIFU", roles: ["CLINICIAN", "BOOKING_CLERK"] },
  { href: "/staff/invitations", label: "Invitations", roles: ["BOOKING_CLERK"] },
  { href: "/staff/letters", label: "Letters", roles: ["BOOKING_CLERK"] },
  { href: "/staff/clinics", label: "Clinics", roles: ["BOOKING_CLERK"] },
];

/** The staff area's frame. Each page still calls requireStaff(...) itself. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [user, csrfToken] = await Promise.all([currentUser(), signOutCsrfToken()]);
  const role = user && isStaffRole(user.role) ? user.role : undefined;
  const staff = user && role ? { name: user.name, roleLabel: staffRoleLabels[role] } : undefined;
  // Only what this role may open; the header marks the current page.
  const items = role ? navigation.filter((item) => staffMayAct(role, item.roles)).map(({ href, label }) => ({ href, label })) : [];
  return (
    <AppFrame trustName={env().trustName} signOutCsrfToken={csrfToken} navigation={items} user={staff} fluid>
      {children}
      <SessionIdleWarning csrfToken={csrfToken} />
    </AppFrame>
  );
}
