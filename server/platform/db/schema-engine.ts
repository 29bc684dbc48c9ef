import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { catalogCharAwarePg } from "./catalog-char-adapter";

export type SchemaEngine = bindings.SchemaEngine;

declare global {
  // The wasm build reports Rust panics through this global (the Prisma CLI installs one too).
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | undefined;
let loading: Promise<void> | undefined;

/**
 * Instantiates Prisma's schema engine compiled to WebAssembly, the same engine
 * `prisma migrate diff` uses, so migrations can be generated where the native
 * engine cannot be downloaded. The package's own entry imports the .wasm as an
 * ES module, which Node 20 cannot do without a flag, so it is wired by hand.
 */
function loadEngine(): Promise<void> {
  loading ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => {
        lastPanic = message;
        // A panic inside the engine's async work can end the process before any
        // promise rejects, so say why now.
        process.stderr.write(`Prisma schema engine panicked: ${message}\n`);
      },
    };
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const compiled = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": { ...bindings } });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
  })();
  return loading;
}

/** Runs `work` with an engine connected (through the pg driver adapter) to `url`. */
export async function withSchemaEngine<T>(
  url: string,
  schemaText: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngine();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(catalogCharAwarePg(pool));
    const engine = await bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, () => {}, adapter);
    try {
      return await work(engine);
    } catch (error) {
      if (lastPanic) throw new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error });
      throw error;
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
