import { db } from "../platform/db/client";
import { staffRoleLabels, isStaffRole } from "./roles";

/** Staff who can use the development sign-in, labelled "Name – Role (email)". */
export async function listLocalSignInStaff(): Promise<{ email: string; label: string }[]> {
  const users = await db().user.findMany({
    where: { role: { not: "PATIENT" }, active: true, email: { not: null } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    take: 20,
    select: { email: true, name: true, role: true },
  });
  return users.flatMap((u) =>
    u.email && isStaffRole(u.role) ? [{ email: u.email, label: `${u.name ?? u.email} – ${staffRoleLabels[u.role]} (${u.email})` }] : [],
  );
}
