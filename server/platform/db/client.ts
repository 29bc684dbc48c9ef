import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/client";
import { env } from "../config/env";

export type { Prisma };

function createClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 }),
    // Secrets stay out of careless selects; ask for them explicitly where needed.
    omit: { apiClient: { keyHash: true }, letter: { pdf: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
/** An interactive transaction on the app's client (same shape as Prisma.TransactionClient, with our omits). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
/** A client or a transaction: data functions accept either so they compose. */
export type DbClient = Db | Tx;

const globalForPrisma = globalThis as unknown as { frontDoorPrisma?: Db };

/** The one Prisma client of this process (survives dev hot reloads). */
export function db(): Db {
  globalForPrisma.frontDoorPrisma ??= createClient(env().databaseUrl);
  return globalForPrisma.frontDoorPrisma;
}

/** For scripts and tests that talk to a database other than the app's. */
export function createDbClient(url: string): Db {
  return createClient(url);
}
