import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppointmentOutcome, AppointmentStatus } from "../../platform/db/generated/enums";
import { outcomeLabel } from "./appointment-outcome";
import { statusLabel } from "./appointment-status";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

/** The README's table rows: `CODE` → label. */
function documented(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const match of readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| [^|]+ \|$/gm)) rows.set(match[1]!, match[2]!.trim());
  return rows;
}

describe("the standard statuses and outcomes", () => {
  it("are each documented in the README, with the label the screens show", () => {
    const rows = documented();
    for (const status of Object.values(AppointmentStatus)) expect(rows.get(status), status).toBe(statusLabel(status));
    for (const outcome of Object.values(AppointmentOutcome)) expect(rows.get(outcome), outcome).toBe(outcomeLabel(outcome));
  });
});
