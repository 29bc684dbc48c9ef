import type { ReactNode } from "react";
import { AppFrame } from "@/components/layout/app-frame";
import { SessionIdleWarning } from "@/components/auth/session-idle-warning";
import { currentUser } from "@/server/identity/session";
import { signOutCsrfToken } from "@/server/identity/csrf";
import { isStaffRole, staffRoleLabels } from "@/server/identity/roles";

const navigation = [
  { href: "/staff", label: "Booking centre" },
  { href: "/staff/patients", label: "Find a patient" },
  { href: "/staff/diary", label: "Clinic diaries" },
  { href: "/staff/referrals", label: "Referrals" },
  { href: "/staff/triage", label: "Triage" },
  { href: "/staff/waiting-list", label: "Waiting list" },
  { href: "/staff/worklist", label: "Worklist" },
  { href: "/staff/pifu", label: "PIFU" },
  { href: "/staff/invitations", label: "Invitations" },
  { href: "/staff/letters", label: "Letters" },
  { href: "/staff/clinics", label: "Clinics" },
];

/** The staff area's frame. Each page still calls requireStaff(...) itself. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [user, csrfToken] = await Promise.all([currentUser(), signOutCsrfToken()]);
  const staff = user && isStaffRole(user.role) ? { name: user.name, roleLabel: staffRoleLabels[user.role] } : undefined;
  return (
    <AppFrame signOutCsrfToken={csrfToken} navigation={staff ? navigation : []} user={staff}>
      {children}
      <SessionIdleWarning csrfToken={csrfToken} />
    </AppFrame>
  );
}
