/**
 * iCalendar (RFC 5545) for appointment emails, written by hand because it is
 * small: CRLF line endings, lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped, instants in UTC. Scheduling semantics follow
 * iTIP (RFC 5546): METHOD:REQUEST for a new or moved appointment and
 * METHOD:CANCEL for a cancelled one, both with the appointment's stable UID and
 * a SEQUENCE that grows with each change, so calendar apps update one event.
 */
export type CalendarMethod = "REQUEST" | "CANCEL";

export type CalendarEvent = {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  /** When this version of the event was created (DTSTAMP). */
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  attendee?: { name: string; email: string };
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;

export function buildIcs(event: CalendarEvent): string {
  const cancelled = event.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Front Door//Appointments//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `ORGANIZER;CN=${quoteParam(event.organizer.name)}:mailto:${event.organizer.email}`,
    ...(event.attendee
      ? [`ATTENDEE;CN=${quoteParam(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${event.attendee.email}`]
      : []),
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    ...(cancelled ? [] : reminderAlarm()),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A reminder the day before, in the patient's own calendar. */
function reminderAlarm(): string[] {
  return ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Appointment tomorrow", "TRIGGER:-P1D", "END:VALARM"];
}

/** 20260303T093000Z */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped; newlines become \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value in double quotes (no DQUOTE allowed inside, so they are dropped). */
function quoteParam(value: string): string {
  return `"${value.replace(/"/g, "").replace(/[\r\n]/g, " ")}"`;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 3.1):
 * continuation lines start with one space, which counts towards their 75.
 * Splits only between characters, so a multi-byte character stays whole.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
