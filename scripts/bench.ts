/**
 * `npm run bench`: performance figures, printed, never asserted. Each module in
 * scripts/bench/ exports `run()`; `npm run bench -- <name>` runs one of them.
 * Timings on a shared machine are noisy: compare figures from one run.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

type BenchModule = { run: () => Promise<void> };

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench");
const only = process.argv[2];
const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.startsWith("_") && (!only || f === `${only}.ts`)).sort();
if (files.length === 0) {
  console.error(only ? `No benchmark named ${only}.` : "No benchmarks found.");
  process.exit(1);
}
for (const file of files) {
  console.log(`\n## ${file.replace(/\.ts$/, "")}`);
  const started = performance.now();
  const bench = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
  await bench.run();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(0);
