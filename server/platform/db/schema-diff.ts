import { withSchemaEngine } from "./schema-engine";

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The SQL that would take the database at `url` to the Prisma schema `schemaText`,
 * or "" when they already agree. Only what Prisma models is compared: tables,
 * columns, enums, indexes, foreign keys (see the report in the migrations test for
 * how hand-written CHECK/EXCLUDE constraints and triggers are treated).
 */
export async function diffDatabaseToSchema(url: string, schemaText: string): Promise<string> {
  const files = [{ path: "schema.prisma", content: schemaText }];
  const result = await withSchemaEngine(url, schemaText, (engine) =>
    engine.diff({
      // "schemaDatasource" is the live database behind the engine's adapter.
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  return isEmptyScript(result.stdout ?? "") ? "" : (result.stdout ?? "");
}

/** The engine answers "-- This is an empty migration." when nothing differs. */
function isEmptyScript(script: string): boolean {
  return script
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
