import { StandardFontEmbedder, StandardFonts } from "pdf-lib";
import { ADDRESS_LINES, ADDRESS_WINDOW, mm } from "./letter-geometry";
import { pdfSafeText } from "./pdf-text";

// pdf-lib types its own enum and the metrics package's differently; the value is the same font name.
const helvetica = StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as Parameters<typeof StandardFontEmbedder.for>[0]);

export function textWidth(text: string, size: number): number {
  return helvetica.widthOfTextAtSize(text, size);
}

export type WindowAddress = { lines: string[]; fontSize: number; lineHeight: number };

/** Royal Mail reads the window: 3–7 lines, postcode last, each on one line at a legible size. */
export const ADDRESS_FONT = { largest: 11, smallest: 7 };

/**
 * The recipient block for the envelope window: name, address lines, postcode
 * last; at most 7 lines (extra middle lines are joined with commas), each line
 * sized to fit the window's width and the whole block its height. A line too
 * long even at the smallest size is cut with "…" rather than printed outside.
 */
export function windowAddress(name: string, address: (string | null | undefined)[], postcode: string): WindowAddress {
  const clean = (v: string) => pdfSafeText(v).replace(/\s+/g, " ").trim();
  let lines = [clean(name), ...address.filter((l): l is string => Boolean(l?.trim())).map(clean)];
  const maxBeforePostcode = ADDRESS_LINES.max - 1;
  if (lines.length > maxBeforePostcode) lines = [...lines.slice(0, maxBeforePostcode - 1), lines.slice(maxBeforePostcode - 1).join(", ")];
  lines.push(clean(postcode).toUpperCase());
  while (lines.length < ADDRESS_LINES.min) lines.splice(lines.length - 1, 0, "");

  const width = mm(ADDRESS_WINDOW.width) - 2;
  const height = mm(ADDRESS_WINDOW.height) - 2;
  // A line too long for the window at a small size is split at a comma or space while there are lines to spare.
  for (let i = 0; i < lines.length - 1 && lines.length < ADDRESS_LINES.max; i++) {
    const split = splitToFit(lines[i]!, 9, width);
    if (split) lines.splice(i, 1, ...split);
  }
  let fontSize = ADDRESS_FONT.largest;
  const lineHeightFor = (size: number) => size * 1.15;
  const fits = (size: number) => lines.every((l) => textWidth(l, size) <= width) && lines.length * lineHeightFor(size) <= height;
  while (fontSize > ADDRESS_FONT.smallest && !fits(fontSize)) fontSize -= 0.5;
  lines = lines.map((line) => fitLine(line, fontSize, width));
  return { lines, fontSize, lineHeight: lineHeightFor(fontSize) };
}

function fitLine(line: string, size: number, width: number): string {
  if (textWidth(line, size) <= width) return line;
  let cut = line;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function splitToFit(line: string, size: number, width: number): [string, string] | null {
  if (textWidth(line, size) <= width) return null;
  const words = line.split(/(?<=[, ])/);
  let head = "";
  for (const word of words) {
    if (head && textWidth((head + word).trimEnd(), size) > width) break;
    head += word;
  }
  const tail = line.slice(head.length).trim();
  return head && tail ? [head.trim().replace(/,$/, ""), tail] : null;
}
