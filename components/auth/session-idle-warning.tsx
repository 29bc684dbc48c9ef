import { currentSession } from "@/server/identity/session";
import { IDLE_WARNING_MINUTES } from "@/server/identity/server-session";
import { IdleSignOut } from "./idle-sign-out";

/** The idle warning for the signed-in session, if there is one. */
export async function SessionIdleWarning({ csrfToken }: { csrfToken?: string }) {
  const session = await currentSession();
  if (!session) return null;
  return (
    <IdleSignOut
      remainingMs={session.remainingMs}
      warningMs={IDLE_WARNING_MINUTES * 60_000}
      signedOutHref={session.user.role === "PATIENT" ? "/signed-out" : "/signed-out?staff"}
      csrfToken={csrfToken}
    />
  );
}
