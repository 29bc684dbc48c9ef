import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { UserRole } from "../platform/db/generated/enums";

export type SessionUser = { id: string; name: string; email: string; role: UserRole; patientId?: string };

/** The signed-in user, or null. Guards build on this; pages use the guards. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  return session?.user ?? null;
}
