/**
 * `npm run letter:sample -- <message-type> <out.pdf> [--large-print]`: writes the
 * letter a demo patient (long name and address) would get, and prints what the
 * printable-letter checks find.
 */
import { writeFile } from "node:fs/promises";
import { checkLetterPdf } from "../server/messages/letters/inspect-letter";
import { sampleLetterPdf } from "../server/messages/letters/sample-letter";
import { MESSAGE_TYPES } from "../server/messages/templates";

const args = process.argv.slice(2);
const largePrint = args.includes("--large-print");
const [messageType, out] = args.filter((a) => !a.startsWith("--"));
if (!messageType || !out || !MESSAGE_TYPES.includes(messageType)) {
  console.error(`Usage: npm run letter:sample -- <message-type> <out.pdf> [--large-print]\nMessage types: ${MESSAGE_TYPES.join(", ")}`);
  process.exit(2);
}
const pdf = await sampleLetterPdf(messageType, largePrint ? "LARGE_PRINT" : "STANDARD");
await writeFile(out, pdf);
const check = await checkLetterPdf(pdf);
console.log(`${out}: ${check.pageCount} page(s), ${pdf.byteLength} bytes, address: ${check.addressLines.join(" / ")}`);
if (check.problems.length > 0) {
  console.error(`Not printable:\n${check.problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
