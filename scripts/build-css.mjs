// Builds the NHS.UK frontend stylesheet we serve from public/nhsuk/.
//
// We compile nhsuk-frontend's Sass ourselves instead of shipping its
// precompiled CSS because the stock build loads Frutiger from assets.nhs.uk.
// A patient-facing service must not call third-party hosts from every page, so
// we turn the @font-face rules off (the font stack falls back to Arial) and
// point icon urls at a copy of the package's assets that we serve ourselves.
//
// Run with `node scripts/build-css.mjs` (called from postinstall). It skips the
// work when the output already matches the installed nhsuk-frontend version and
// this script; pass --force to rebuild anyway.

import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "public", "nhsuk");
const cssFile = path.join(outDir, "nhsuk-frontend.css");
const stampFile = path.join(outDir, ".build-stamp");

// Public URL of the copied assets; must match where Next.js serves public/nhsuk/assets.
const assetsUrl = "/nhsuk/assets/";

// With the Frutiger @font-face switched off nhsuk-frontend sets no font-family
// at all, so we set the system font stack on html ourselves.
const entry = `
@use "pkg:nhsuk-frontend" as nhsuk with (
  $nhsuk-include-font-face: false,
  $nhsuk-font-family: (arial, sans-serif),
  $nhsuk-assets-path: "${assetsUrl}"
);

html {
  font-family: nhsuk.$nhsuk-font-family;
}
`;

const require = createRequire(path.join(root, "package.json"));
const frontendDir = path.dirname(require.resolve("nhsuk-frontend/package.json"));
const frontendVersion = JSON.parse(readFileSync(path.join(frontendDir, "package.json"), "utf8")).version;
const assetsSource = path.join(frontendDir, "dist", "nhsuk", "assets");

const stamp = createHash("sha256")
  .update(frontendVersion)
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("hex");

const force = process.argv.includes("--force");
const upToDate =
  existsSync(cssFile) &&
  existsSync(path.join(outDir, "assets", "manifest.json")) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, "utf8") === stamp;
if (!force && upToDate) {
  console.log(`build-css: public/nhsuk is up to date (nhsuk-frontend ${frontendVersion})`);
  process.exit(0);
}

const started = Date.now();
const result = sass.compileString(entry, {
  importers: [new sass.NodePackageImporter(root)],
  style: "compressed",
  quietDeps: true,
});

// A remote url here means a font or image would be fetched from a third party.
const remote = result.css.match(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)/g);
if (remote) {
  throw new Error(`build-css: compiled CSS still references remote urls: ${remote.slice(0, 3).join(", ")}`);
}
if (result.css.includes("@font-face")) {
  throw new Error("build-css: compiled CSS still declares @font-face");
}
if (!/html\{font-family:arial,\s*sans-serif\}/.test(result.css)) {
  throw new Error("build-css: compiled CSS does not set the system font stack");
}
if (!result.css.includes(".nhsuk-table")) {
  throw new Error("build-css: compiled CSS is missing the table styles");
}

mkdirSync(outDir, { recursive: true });
rmSync(path.join(outDir, "assets"), { recursive: true, force: true });
cpSync(assetsSource, path.join(outDir, "assets"), { recursive: true });

// Write then rename so a running dev server never serves a half-written file.
const tmpFile = `${cssFile}.${process.pid}.tmp`;
writeFileSync(tmpFile, result.css);
renameSync(tmpFile, cssFile);
writeFileSync(stampFile, stamp);

const kb = Math.round(Buffer.byteLength(result.css) / 1024);
console.log(`build-css: wrote public/nhsuk/nhsuk-frontend.css (${kb} KB) in ${Date.now() - started} ms`);
