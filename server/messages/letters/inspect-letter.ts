import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ADDRESS_LINES, ADDRESS_WINDOW, BODY_TOP_PAGE_ONE, LOGO_MAX_BOTTOM, MARGIN, MAX_BYTES, MAX_PAGES, PAGE, POINTS_PER_MM, RETURN_ADDRESS } from "./letter-geometry";

const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

export type TextBox = { page: number; text: string; x: number; y: number; width: number; height: number; fontSize: number };

/** Every piece of text in a PDF with its box in millimetres from the page's top-left corner. */
export async function extractTextBoxes(pdf: Uint8Array): Promise<{ pages: { width: number; height: number }[]; boxes: TextBox[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: { width: number; height: number }[] = [];
  const boxes: TextBox[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, , w, h] = page.view as [number, number, number, number];
    pages.push({ width: w / POINTS_PER_MM, height: h / POINTS_PER_MM });
    const text = await page.getTextContent();
    for (const item of text.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [, , , d, e, f] = item.transform as number[];
      const height = Math.abs(item.height || d || 0);
      boxes.push({ page: n, text: item.str, x: e! / POINTS_PER_MM, y: (h - f! - height * 0.8) / POINTS_PER_MM, width: item.width / POINTS_PER_MM, height: height / POINTS_PER_MM, fontSize: height });
    }
  }
  await document.destroy();
  return { pages, boxes };
}

const inside = (b: TextBox, r: { x: number; y: number; width: number; height: number }, slack = 0.5) =>
  b.x >= r.x - slack && b.y >= r.y - slack && b.x + b.width <= r.x + r.width + slack && b.y + b.height <= r.y + r.height + slack;
const overlaps = (b: TextBox, r: { x: number; y: number; width: number; height: number }) =>
  b.x < r.x + r.width && b.x + b.width > r.x && b.y < r.y + r.height && b.y + b.height > r.y;

/**
 * Checks a letter against the GOV.UK Notify printable specification and returns
 * the problems found (none means it may go to print), with the address read
 * from the window for the caller to compare.
 */
export async function checkLetterPdf(pdf: Uint8Array): Promise<{ problems: string[]; pageCount: number; addressLines: string[]; boxes: TextBox[] }> {
  const problems: string[] = [];
  if (pdf.byteLength > MAX_BYTES) problems.push(`${pdf.byteLength} bytes is more than 2 MB`);
  const { pages, boxes } = await extractTextBoxes(pdf);
  if (pages.length > MAX_PAGES) problems.push(`${pages.length} pages is more than ${MAX_PAGES}`);
  pages.forEach((p, i) => {
    if (Math.abs(p.width - PAGE.width) > 1 || Math.abs(p.height - PAGE.height) > 1) problems.push(`page ${i + 1} is not A4 portrait`);
  });
  const printable = { x: MARGIN.side, y: MARGIN.topBottom, width: PAGE.width - 2 * MARGIN.side, height: PAGE.height - 2 * MARGIN.topBottom };
  for (const b of boxes) if (!inside(b, printable)) problems.push(`"${b.text}" on page ${b.page} is outside the printable area (${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${b.width.toFixed(1)} × ${b.height.toFixed(1)} mm)`);

  const firstPage = boxes.filter((b) => b.page === 1);
  const inWindow = firstPage.filter((b) => overlaps(b, ADDRESS_WINDOW));
  for (const b of inWindow) if (!inside(b, ADDRESS_WINDOW)) problems.push(`"${b.text}" crosses the edge of the address window`);
  const addressLines = groupLines(inWindow);
  if (addressLines.length < ADDRESS_LINES.min || addressLines.length > ADDRESS_LINES.max) problems.push(`the address has ${addressLines.length} lines, not 3 to 7`);
  const postcode = addressLines.at(-1) ?? "";
  if (!/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(postcode.trim())) problems.push(`the last address line "${postcode}" is not a postcode`);

  // Above the body line, only the window, the return address column and the logo may print.
  const header = { x: 0, y: 0, width: PAGE.width, height: BODY_TOP_PAGE_ONE };
  for (const b of firstPage) {
    if (!overlaps(b, header) || overlaps(b, ADDRESS_WINDOW)) continue;
    const logo = b.y + b.height <= LOGO_MAX_BOTTOM && b.x >= RETURN_ADDRESS.x;
    if (!logo && !inside(b, RETURN_ADDRESS)) problems.push(`"${b.text}" is printed above the body line outside the return address area`);
  }
  return { problems, pageCount: pages.length, addressLines, boxes };
}

function groupLines(boxes: TextBox[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; end: number; text: string }[] = [];
  for (const b of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(last.y - b.y) < 1) {
      last.text += b.x - last.end > 0.3 && !last.text.endsWith(" ") && !b.text.startsWith(" ") ? ` ${b.text}` : b.text;
      last.end = b.x + b.width;
    } else lines.push({ y: b.y, end: b.x + b.width, text: b.text });
  }
  return lines.map((l) => l.text);
}
