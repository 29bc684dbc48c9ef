import { describe, expect, it } from "vitest";
import { SETTINGS } from "../../platform/settings/settings";
import { MESSAGE_TYPES } from "../templates";
import { composeLetterPdf } from "./compose-letter";
import { BODY_TOP_PAGE_ONE } from "./letter-geometry";
import { checkLetterPdf } from "./inspect-letter";
import { pdfSafeText } from "./pdf-text";
import { SAMPLE_CONTEXT, SAMPLE_RECIPIENT, sampleLetterPdf } from "./sample-letter";
import { windowAddress } from "./window-address";

const variants = ["STANDARD", "LARGE_PRINT"] as const;
const sender = { name: SAMPLE_CONTEXT.trustName, ...SETTINGS.letterSender.default };

describe("letters to the printable specification", () => {
  it.each(MESSAGE_TYPES.flatMap((type) => variants.map((variant) => [type, variant] as const)))("%s (%s) fits the window envelope", async (type, variant) => {
    const pdf = await sampleLetterPdf(type, variant);
    const check = await checkLetterPdf(pdf);

    expect(check.problems).toEqual([]);
    const expected = windowAddress(`${SAMPLE_RECIPIENT.givenName} ${SAMPLE_RECIPIENT.familyName}`, [SAMPLE_RECIPIENT.addressLine1, SAMPLE_RECIPIENT.addressLine2, SAMPLE_RECIPIENT.town], SAMPLE_RECIPIENT.postcode);
    expect(check.addressLines).toEqual(expected.lines);
    expect(check.addressLines.at(-1)).toBe("HU1 2AB");
    const text = check.boxes.map((b) => b.text).join(" ");
    expect(text).toContain("999 000 0018");
    expect(text).toContain(`Page 1 of ${check.pageCount}`);
    expect(text).toContain(sender.phone);
    const body = check.boxes.filter((b) => b.page > 1 || b.y >= BODY_TOP_PAGE_ONE);
    expect(body.length).toBeGreaterThan(3);
    if (variant === "LARGE_PRINT") expect(Math.min(...body.map((b) => b.fontSize))).toBeGreaterThanOrEqual(15.9);
    else expect(body.filter((b) => b.fontSize < 12).length).toBeGreaterThan(body.length / 2);
  });

  it("lays large print out again rather than scaling: more pages, same A4", async () => {
    const standard = await checkLetterPdf(await sampleLetterPdf("appointment-reminder", "STANDARD"));
    const large = await checkLetterPdf(await sampleLetterPdf("appointment-reminder", "LARGE_PRINT"));
    expect(large.pageCount).toBeGreaterThan(standard.pageCount);
    expect(large.problems).toEqual([]);
  });

  it("keeps a short address in the window, postcode last, and nothing else there", async () => {
    const pdf = await composeLetterPdf({
      content: { subject: "S", title: "T", blocks: [{ kind: "paragraph", text: "Hello" }] },
      variant: "STANDARD",
      recipient: { nhsNumber: "9990000018", givenName: "Jo", familyName: "Li", addressLine1: "1 High St", addressLine2: null, town: "Leeds", postcode: "LS1 1AA" },
      sender,
      date: new Date(),
    });
    const check = await checkLetterPdf(pdf);
    expect(check.problems).toEqual([]);
    expect(check.addressLines).toEqual(["Jo Li", "1 High St", "Leeds", "LS1 1AA"]);
    // The checker reads every piece of text that touches the window: exactly the address, so nothing else is there.
  });

  it("lays out very long free text and other scripts without leaving the page", async () => {
    const reason = `${"Ελληνικά 中文 العربية Zażółć gęślą jaźń <b>&amp; ".repeat(40)}${"x".repeat(300)}`;
    const pdf = await composeLetterPdf({
      content: { subject: "S", title: "Your appointment has been cancelled", blocks: [{ kind: "paragraph", text: reason }, { kind: "details", rows: [["Reason", reason]] }] },
      variant: "LARGE_PRINT",
      recipient: SAMPLE_RECIPIENT,
      sender,
      date: new Date(),
    });
    const check = await checkLetterPdf(pdf);
    expect(check.problems).toEqual([]);
    expect(check.pageCount).toBeLessThanOrEqual(10);
  });

  it("brings text into the letter font's range", () => {
    expect(pdfSafeText("Łukasz Żółć — café")).toBe("Lukasz Zólc — café");
    expect(pdfSafeText("中文\u0000x")).toBe("?? x");
  });
});
