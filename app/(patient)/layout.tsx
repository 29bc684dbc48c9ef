import type { ReactNode } from "react";
import { AppFrame } from "@/components/layout/app-frame";
import { env } from "@/server/platform/config/env";
import { SessionIdleWarning } from "@/components/auth/session-idle-warning";
import { currentUser } from "@/server/identity/session";
import { signOutCsrfToken } from "@/server/identity/csrf";

const navigation = [
  { href: "/patient", label: "Your referrals and appointments" },
  { href: "/patient/messages", label: "Your messages" },
];

/** The patient area's frame. Each page still calls requirePatient() itself. */
export default async function PatientLayout({ children }: { children: ReactNode }) {
  const [user, csrfToken] = await Promise.all([currentUser(), signOutCsrfToken()]);
  return (
    <AppFrame trustName={env().trustName} signOutCsrfToken={csrfToken} navigation={navigation} user={user?.role === "PATIENT" ? { name: user.name, roleLabel: "Patient" } : undefined}>
      {children}
      <SessionIdleWarning csrfToken={csrfToken} />
    </AppFrame>
  );
}
