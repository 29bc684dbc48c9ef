import { z } from "zod";

/**
 * The one text schema for everything people and systems send us: form fields,
 * search boxes, CSV cells, FHIR strings. It refuses NUL and the other control
 * characters (C0, DEL, C1): PostgreSQL cannot store NUL, and none of them belongs
 * in a name, an address or a note. Only multi-line text (a textarea, a FHIR
 * note) may hold line breaks and tabs.
 *
 * `text()` is a zod string schema, so `.trim().min(1, …).max(…)` follow as usual.
 */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a UTF-16 surrogate pair on its own: not a character at all, and PostgreSQL refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const HIDDEN_CHARACTERS_MESSAGE = "Remove the hidden characters (such as line breaks or control codes) from this answer";
export const HIDDEN_CHARACTERS_MULTILINE_MESSAGE = "Remove the hidden control characters from this answer";

/** True when `value` holds a character the text schema refuses. */
export function hasForbiddenCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value) || LONE_SURROGATE.test(value);
}

/** A single-line text value (an input, a search box, a CSV cell, a code). */
export function text(params?: string | { message?: string }) {
  return z.string(params).refine((value) => !hasForbiddenCharacters(value), { message: HIDDEN_CHARACTERS_MESSAGE, abort: true });
}

/** Text that may run over several lines (a textarea, a note). */
export function multilineText(params?: string | { message?: string }) {
  return z.string(params).refine((value) => !hasForbiddenCharacters(value, { multiline: true }), { message: HIDDEN_CHARACTERS_MULTILINE_MESSAGE, abort: true });
}
