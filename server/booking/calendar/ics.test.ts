import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine, utcStamp, type CalendarEvent } from "./ics";
import { parseIcs, parseUtcStamp, unfoldIcs } from "./parse-ics";

const event: CalendarEvent = {
  method: "REQUEST",
  uid: "0196f0a3-1111-7000-8000-000000000001@frontdoor",
  sequence: 0,
  // 9:30am British Summer Time is 8:30 UTC.
  start: new Date("2026-06-02T08:30:00Z"),
  end: new Date("2026-06-02T09:15:00Z"),
  stamp: new Date("2026-05-20T12:00:00.123Z"),
  summary: "New physiotherapy assessment (in person)",
  description: "With Priya Shah, MSK physiotherapy.\nTo change or cancel, call 0121 496 0101; or go online.",
  location: "Northfield Community Hospital, 1 Bristol Road, Birmingham, B31 2AA",
  url: "http://localhost:3000/patient",
  organizer: { name: "Northfield Community Health NHS Trust", email: "no-reply@frontdoor.nhs.invalid" },
  attendee: { name: "Alex Morgan", email: "patient@frontdoor.nhs.invalid" },
};

describe("buildIcs", () => {
  it("writes CRLF line endings only, ending with one", () => {
    const ics = buildIcs(event);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
  });

  it("keeps every physical line within 75 octets", () => {
    const long = buildIcs({ ...event, description: "Ünïcödé façade – “quotes” ".repeat(20) });
    for (const line of long.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parseIcs(long).event.DESCRIPTION?.value).toBe("Ünïcödé façade – “quotes” ".repeat(20));
  });

  it("puts the times in UTC and the method, UID and sequence that calendar apps match on", () => {
    const parsed = parseIcs(buildIcs({ ...event, sequence: 2 }));
    expect(parsed.method).toBe("REQUEST");
    expect(parsed.event.UID?.value).toBe(event.uid);
    expect(parsed.event.SEQUENCE?.value).toBe("2");
    expect(parsed.event.DTSTART?.value).toBe("20260602T083000Z");
    expect(parsed.event.DTEND?.value).toBe("20260602T091500Z");
    expect(parsed.event.DTSTAMP?.value).toBe("20260520T120000Z");
    expect(parsed.event.STATUS?.value).toBe("CONFIRMED");
    expect(parsed.event.ORGANIZER?.params.CN).toBe(event.organizer.name);
    expect(parsed.event.ATTENDEE?.value).toBe("mailto:patient@frontdoor.nhs.invalid");
  });

  it("escapes text so commas, semicolons and newlines survive", () => {
    const parsed = parseIcs(buildIcs(event));
    expect(parsed.event.LOCATION?.value).toBe(event.location);
    expect(parsed.event.DESCRIPTION?.value).toBe(event.description);
    expect(unfoldIcs(buildIcs(event))).toContain("LOCATION:Northfield Community Hospital\\, 1 Bristol Road\\, Birmingham\\, B31 2AA");
  });

  it("cancels with METHOD:CANCEL, the same UID, STATUS:CANCELLED and no alarm", () => {
    const ics = buildIcs({ ...event, method: "CANCEL", sequence: 1 });
    const parsed = parseIcs(ics);
    expect(parsed.method).toBe("CANCEL");
    expect(parsed.event.UID?.value).toBe(event.uid);
    expect(parsed.event.STATUS?.value).toBe("CANCELLED");
    expect(ics).not.toContain("BEGIN:VALARM");
  });

  it("keeps the alarm's own properties out of the event's", () => {
    const parsed = parseIcs(buildIcs(event));
    expect(parsed.event.DESCRIPTION?.value).toBe(event.description);
    expect(parsed.event.ACTION).toBeUndefined();
  });
});

describe("foldLine", () => {
  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:Short")).toBe("SUMMARY:Short");
  });

  it("folds at exactly 75 octets, continuing with a space", () => {
    const line = `DESCRIPTION:${"a".repeat(200)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded[0]).toHaveLength(75);
    expect(folded[1]!.startsWith(" ")).toBe(true);
    expect(folded.every((part) => part.length <= 75)).toBe(true);
    expect(unfoldIcs(`${foldLine(line)}\r\n`)).toEqual([line]);
  });

  it("never splits a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(60)}`;
    for (const part of foldLine(line).split("\r\n")) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(unfoldIcs(foldLine(line))).toEqual([line]);
  });
});

describe("values", () => {
  it("escapes backslashes first", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("writes and reads UTC stamps", () => {
    const instant = new Date("2026-10-25T01:30:00Z");
    expect(utcStamp(instant)).toBe("20261025T013000Z");
    expect(parseUtcStamp("20261025T013000Z")).toEqual(instant);
  });
});
