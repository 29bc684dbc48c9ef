/**
 * A small reader for the iCalendar we write: unfolds lines and returns each
 * property of the first VEVENT (and METHOD) with its parameters and unescaped
 * value. Used by tests and by the end-to-end checks of emailed .ics files.
 */
export type IcsProperty = { name: string; params: Record<string, string>; value: string };

export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line.length > 0);
}

export function parseIcs(text: string): { method?: string; event: Record<string, IcsProperty> } {
  const event: Record<string, IcsProperty> = {};
  let method: string | undefined;
  let inEvent = false;
  let depth = 0;
  for (const line of unfoldIcs(text)) {
    const property = parseLine(line);
    if (property.name === "METHOD") method = property.value;
    if (property.name === "BEGIN" && property.value === "VEVENT") inEvent = true;
    else if (inEvent && property.name === "BEGIN") depth += 1;
    else if (inEvent && property.name === "END" && depth > 0) depth -= 1;
    else if (inEvent && property.name === "END" && property.value === "VEVENT") break;
    else if (inEvent && depth === 0) event[property.name] = property;
  }
  return { method, event };
}

function parseLine(line: string): IcsProperty {
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  let split = -1;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    if (char === ":" && !quoted) {
      split = i;
      break;
    }
  }
  const head = split === -1 ? line : line.slice(0, split);
  const raw = split === -1 ? "" : line.slice(split + 1);
  const [name = "", ...paramParts] = head.split(";");
  const params = Object.fromEntries(
    paramParts.map((part) => {
      const [key = "", value = ""] = part.split("=");
      return [key, value.replace(/^"|"$/g, "")];
    }),
  );
  return { name: name.toUpperCase(), params, value: unescapeText(raw) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/** 20260303T093000Z as a Date. */
export function parseUtcStamp(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`Not a UTC date-time: ${value}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}
