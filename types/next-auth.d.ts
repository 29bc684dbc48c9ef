import type { UserRole } from "@/server/platform/db/generated/enums";

declare module "next-auth" {
  interface User {
    /** Set by the NHS login profile: the patient the identity was matched to. */
    patientId?: string;
  }
  interface Session {
    user?: { id: string; name: string; email: string; role: UserRole; patientId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: UserRole;
    patientId?: string;
    /** The server-side Session row this cookie belongs to. */
    sid?: string;
  }
}
