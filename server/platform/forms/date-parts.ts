import { z } from "zod";
import { text } from "./text";

export type DatePart = "day" | "month" | "year";

/**
 * A date typed into the NHS.UK date input (day, month, year boxes), as a calendar
 * date at UTC midnight, with the error messages the NHS.UK design system
 * recommends. `name` is how the messages refer to it ("Date of birth").
 */
export function datePartsSchema(name: string, options: { past?: boolean; today?: () => Date } = {}) {
  return z
    .object({ day: text().trim().default(""), month: text().trim().default(""), year: text().trim().default("") })
    .transform((parts, ctx) => {
      const missing = (["day", "month", "year"] as const).filter((part) => parts[part] === "");
      if (missing.length === 3) return fail(ctx, `Enter ${lowerFirst(name)}`, ["day", "month", "year"]);
      if (missing.length > 0) return fail(ctx, `${name} must include a ${missing.join(" and ")}`, missing);
      const [day, month, year] = [parts.day, parts.month, parts.year].map((v) => (/^\d+$/.test(v) ? Number(v) : NaN)) as [number, number, number];
      if (parts.year.length !== 4) return fail(ctx, "Year must include 4 numbers", ["year"]);
      const date = new Date(Date.UTC(year, month - 1, day));
      if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
        return fail(ctx, `${name} must be a real date`, ["day", "month", "year"]);
      }
      if (options.past) {
        const now = options.today?.() ?? new Date();
        if (date.getTime() > Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) {
          return fail(ctx, `${name} must be in the past`, ["day", "month", "year"]);
        }
      }
      return date;
    });
}

function fail(ctx: z.RefinementCtx, message: string, parts: DatePart[]): never {
  ctx.addIssue({ code: "custom", message, params: { parts } });
  return z.NEVER;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The date boxes a date error highlights (all three when the issue does not say). */
export function datePartsInError(error: z.ZodError, field: string): DatePart[] {
  const issue = error.issues.find((i) => i.path[0] === field);
  const parts = issue && "params" in issue ? (issue.params as { parts?: DatePart[] } | undefined)?.parts : undefined;
  return parts ?? ["day", "month", "year"];
}
