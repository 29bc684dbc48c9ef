import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "../platform/audit/record-audit";
import { formErrorState, type FieldIds } from "../platform/forms/form-errors";
import { formValues, initialFormState, type FormState, type FormValues } from "../platform/forms/form-state";
import { requirePatient, requireStaff, type PatientContext, type StaffContext } from "./guards";
import { requireReferenceSession } from "./reference-session-guard";
import type { ReferenceSession } from "../booking/reference/reference-session";
import type { StaffRole } from "./roles";
import { staffActor } from "./staff-actor";

/**
 * A server action as forms use it: with `useActionState` (previous state, form) or
 * as a plain form's action (form only; the answer is then ignored).
 */
export interface GuardedAction<Extra extends object = object> {
  (formData: FormData): Promise<void>;
  (previous: FormState<Extra>, formData: FormData): Promise<FormState<Extra>>;
}

export type ActionContext<Who, Extra extends object> = Who & {
  values: FormValues;
  previous: FormState<Extra>;
  formData: FormData;
};

export type ActionOptions = {
  /** Builds the schema's input from the form (default: the form's text fields, as `FormValues`). */
  input?: (formData: FormData, values: FormValues) => unknown;
  fieldIds?: FieldIds;
  defaultField?: string;
  /** What the action does, for the server log when something unexpected fails. */
  doing?: string;
};

type Run<Input, Who, Extra extends object> = (input: Input, context: ActionContext<Who, Extra>) => Promise<FormState<Extra> | void>;

/**
 * The one shape of every server action: the guard first (it redirects, or answers
 * not found or forbidden, before the form is read), then the schema, then `run`.
 * Whatever `run` throws becomes the form's answer through formErrorState, except
 * Next.js's own redirect and not-found signals, which pass through.
 */
export function guardedAction<Who, S extends z.ZodType, Extra extends object = object>(
  guard: (formData: FormData) => Promise<Who>,
  schema: S,
  run: Run<z.output<S>, Who, Extra>,
  options: ActionOptions = {},
): GuardedAction<Extra> {
  async function action(...args: [FormData] | [FormState<Extra>, FormData]): Promise<FormState<Extra>> {
    const [previous, formData] = args.length === 1 ? [initialFormState as FormState<Extra>, args[0]] : args;
    const who = await guard(formData);
    const values = formValues(formData);
    const fail = (error: unknown) =>
      formErrorState(error, { previous, values, fieldIds: options.fieldIds, defaultField: options.defaultField, doing: options.doing }) as FormState<Extra>;
    const parsed = schema.safeParse(options.input ? options.input(formData, values) : values);
    if (!parsed.success) return fail(parsed.error);
    try {
      return (await run(parsed.data, { ...who, values, previous, formData })) ?? { ...previous, status: "idle" };
    } catch (error) {
      unstable_rethrow(error);
      return fail(error);
    }
  }
  return action as GuardedAction<Extra>;
}

/** "any" lets every staff role in; otherwise the roles named (admins may always act). */
export type StaffRoles = StaffRole | readonly StaffRole[] | "any";

/** A staff action: `run` gets the member of staff and how the audit trail names them. */
export function staffAction<S extends z.ZodType, Extra extends object = object>(
  roles: StaffRoles,
  schema: S,
  run: Run<z.output<S>, { staff: StaffContext; actor: Actor }, Extra>,
  options?: ActionOptions,
): GuardedAction<Extra> {
  const allowed: StaffRole[] = roles === "any" ? [] : typeof roles === "string" ? [roles] : [...roles];
  return guardedAction(
    async () => {
      const staff = await requireStaff(...allowed);
      return { staff, actor: staffActor(staff) };
    },
    schema,
    run,
    options,
  );
}

/** A signed-in patient's action: `run` gets the patient, whose id scopes everything it loads. */
export function patientAction<S extends z.ZodType, Extra extends object = object>(
  schema: S,
  run: Run<z.output<S>, { patient: PatientContext }, Extra>,
  options?: ActionOptions,
): GuardedAction<Extra> {
  return guardedAction(async () => ({ patient: await requirePatient() }), schema, run, options);
}

/** An action of a booking-reference session: `run` gets its one referral and patient. */
export function referenceAction<S extends z.ZodType, Extra extends object = object>(
  schema: S,
  run: Run<z.output<S>, { session: ReferenceSession }, Extra>,
  options?: ActionOptions,
): GuardedAction<Extra> {
  return guardedAction(async () => ({ session: await requireReferenceSession() }), schema, run, options);
}

/**
 * An action anyone may call (signing in with a booking reference). It still goes
 * through the same shape, so the authorisation test can see it is public on purpose.
 */
export function publicAction<S extends z.ZodType, Extra extends object = object>(
  schema: S,
  run: Run<z.output<S>, object, Extra>,
  options?: ActionOptions,
): GuardedAction<Extra> {
  return guardedAction(async () => ({}), schema, run, options);
}
