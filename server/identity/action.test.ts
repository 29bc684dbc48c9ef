import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "../platform/errors/domain-error";
import { formDoneState } from "../platform/forms/form-errors";
import { initialFormState } from "../platform/forms/form-state";
import type { SessionUser } from "./session";

// The lowest level: who the session says is signed in. The guards and wrappers run for real.
const session = vi.hoisted(() => {
  // As next.config's experimental.authInterrupts sets it for the app: forbidden() answers 403.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { user: null as SessionUser | null };
});
vi.mock("./session", () => ({ currentUser: async () => session.user }));

const { staffAction, patientAction } = await import("./action");

const clerk: SessionUser = { id: "u1", name: "Sam Patel", email: "sam@example.nhs.uk", role: "BOOKING_CLERK" };
const patient: SessionUser = { id: "u2", name: "Alex Morgan", email: "alex@example.com", role: "PATIENT", patientId: "p1" };

class TakenError extends DomainError {
  readonly code = "TAKEN";
  constructor() {
    super("This slot has just been taken");
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** What Next.js throws for redirect(), notFound() and forbidden(): its digest says which. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { digest?: string }).digest);
  }
  return "allowed";
}

beforeEach(() => {
  session.user = null;
});
afterEach(() => vi.restoreAllMocks());

describe("staffAction", () => {
  const run = vi.fn(async (input: { name: string }, _context: unknown) => formDoneState(`Saved ${input.name}`));
  const action = staffAction("BOOKING_CLERK", z.object({ name: z.string().min(1, "Enter a name") }), run);

  it("checks who is acting before reading the form, and never runs for the wrong person", async () => {
    expect(await refusal(action(initialFormState, form({ name: "x" })))).toMatch(/^NEXT_REDIRECT;.*\/staff\/sign-in/);
    session.user = patient;
    expect(await refusal(action(initialFormState, form({ name: "x" })))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    session.user = { ...clerk, role: "CLINICIAN" };
    expect(await refusal(action(initialFormState, form({ name: "x" })))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;403/);
    expect(run).not.toHaveBeenCalled();
  });

  it("answers a bad form with field errors and the values to show again", async () => {
    session.user = clerk;
    expect(await action(initialFormState, form({ name: "" }))).toEqual({ status: "error", attempt: 1, errors: { name: "Enter a name" }, values: { name: "" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs with the member of staff and how the audit trail names them", async () => {
    session.user = clerk;
    expect(await action(initialFormState, form({ name: "Ward 3" }))).toMatchObject({ status: "done", message: "Saved Ward 3" });
    expect(run.mock.calls[0]?.[1]).toMatchObject({ staff: { userId: "u1", role: "BOOKING_CLERK" }, actor: { userId: "u1", label: "Booking clerk: Sam Patel" } });
  });

  it("turns a domain error into the form's message, and lets redirects through", async () => {
    session.user = clerk;
    const failing = staffAction("any", z.object({}), async () => {
      throw new TakenError();
    });
    expect(await failing(initialFormState, form({}))).toMatchObject({ status: "error", message: "This slot has just been taken" });
    const { redirect } = await import("next/navigation");
    const redirecting = staffAction("any", z.object({}), async () => redirect("/staff"));
    expect(await refusal(redirecting(initialFormState, form({})))).toMatch(/^NEXT_REDIRECT;/);
  });
});

describe("patientAction", () => {
  it("lets only a signed-in patient in, and gives the run their patient id", async () => {
    const run = vi.fn(async (_input: unknown, _context: unknown) => undefined);
    const action = patientAction(z.object({}), run);
    expect(await refusal(action(initialFormState, form({})))).toMatch(/^NEXT_REDIRECT;.*\/sign-in/);
    session.user = clerk;
    expect(await refusal(action(initialFormState, form({})))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    session.user = patient;
    await action(initialFormState, form({}));
    expect(run.mock.calls[0]?.[1]).toMatchObject({ patient: { patientId: "p1" } });
  });
});
