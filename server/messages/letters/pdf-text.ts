/**
 * Letters are set in the PDF standard font Helvetica (no font files to fetch or
 * ship), which covers Windows-1252. Text outside it is brought into it: accents
 * the font lacks are dropped (Ł → L, ș → s), and a character with no Latin form
 * becomes "?", so a letter never prints blank boxes or breaks the layout. The
 * inbox and email show the original.
 */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const FOLD: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", ı: "i", Ħ: "H", ħ: "h", ŀ: "l", Ŀ: "L", ſ: "s", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " " };

function printable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

export function pdfSafeText(value: string): string {
  let out = "";
  for (const char of value.normalize("NFC").replace(/[\u0000-\u001f\u007f]+/g, " ")) {
    if (printable(char)) out += char;
    else if (FOLD[char]) out += FOLD[char];
    else {
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base.length > 0 && [...base].every(printable) ? base : "?";
    }
  }
  return out;
}
