/**
 * `npm run bench`: performance figures, printed, never asserted. Each module in
 * scripts/bench/ exports `run(options)`; `npm run bench -- <name>` runs one of them.
 * `npm run bench -- --scale 100` runs the trust-scale bench with the demo trust at
 * 100x (the default scale when every bench runs).
 * Timings on a shared machine are noisy: compare figures from one run.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type BenchOptions = { scale?: number };
type BenchModule = { run: (options: BenchOptions) => Promise<void> };

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench");
const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const options: BenchOptions = {};
if (scaleAt >= 0) {
  options.scale = Number(args[scaleAt + 1]);
  if (!Number.isInteger(options.scale) || options.scale < 1) {
    console.error("--scale takes a whole number, e.g. --scale 100");
    process.exit(1);
  }
  args.splice(scaleAt, 2);
}
const only = args[0] ?? (scaleAt >= 0 ? "trust-scale" : undefined);
const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.startsWith("_") && (!only || f === `${only}.ts`)).sort();
if (files.length === 0) {
  console.error(only ? `No benchmark named ${only}.` : "No benchmarks found.");
  process.exit(1);
}
for (const file of files) {
  console.log(`\n## ${file.replace(/\.ts$/, "")}`);
  const started = performance.now();
  const bench = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
  await bench.run(options);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(0);
