import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db, type DbClient } from "../platform/db/client";

/**
 * next-auth's Prisma adapter, with one rule added: a person signing in by email
 * link becomes a patient user only if a patient record already has that email.
 * Nobody else can create an account by asking for a link.
 */
export function frontDoorAdapter(): Adapter {
  const client = db();
  const base = PrismaAdapter(client as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async createUser(user: Omit<AdapterUser, "id">) {
      if (user.patientId) return userForPatient(user.patientId);
      const patient = await findPatientByEmail(user.email);
      if (!patient) throw new Error("No patient record has this email address");
      const created = await client.user.create({
        data: {
          email: user.email.toLowerCase(),
          emailVerified: user.emailVerified,
          name: `${patient.givenName} ${patient.familyName}`,
          role: "PATIENT",
          patientId: patient.id,
        },
      });
      return { id: created.id, email: created.email ?? user.email, emailVerified: created.emailVerified, name: created.name };
    },
  };
}

/** The user of a patient matched by NHS login: theirs if they have one, otherwise a new one. */
async function userForPatient(patientId: string): Promise<AdapterUser> {
  const client = db();
  const user = (await client.user.findUnique({ where: { patientId } })) ?? (await createPatientUser(patientId));
  return { id: user.id, email: user.email ?? "", emailVerified: user.emailVerified, name: user.name };
}

async function createPatientUser(patientId: string) {
  const client = db();
  const patient = await client.patient.findUniqueOrThrow({ where: { id: patientId } });
  const email = patient.email?.toLowerCase();
  // The patient's email may already be another user's (a member of staff's, say): leave it off.
  const taken = email ? await client.user.findUnique({ where: { email }, select: { id: true } }) : null;
  return client.user.create({
    data: { role: "PATIENT", patientId, name: `${patient.givenName} ${patient.familyName}`, email: taken ? null : email },
  });
}

export async function findPatientByEmail(email: string, client: DbClient = db()) {
  return client.patient.findFirst({
    where: { email: { equals: email.trim(), mode: "insensitive" }, diedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, givenName: true, familyName: true },
  });
}

/** May this address sign in by email link? (A patient record or an existing patient user has it.) */
export async function canSignInByEmail(email: string, client: DbClient = db()): Promise<boolean> {
  const user = await client.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { role: true, active: true } });
  if (user) return user.active && user.role === "PATIENT";
  return (await findPatientByEmail(email, client)) !== null;
}
