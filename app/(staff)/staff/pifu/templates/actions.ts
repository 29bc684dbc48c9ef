"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { pifuTemplateSchema, savePifuTemplate } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import { isUuid } from "@/server/platform/forms/uuid";

export type TemplateFormState = { errors?: Record<string, string>; message?: string; values?: Record<string, string> };

/** Creates or changes a PIFU template (administrators only). */
export async function saveTemplateAction(_previous: TemplateFormState, formData: FormData): Promise<TemplateFormState> {
  const staff = await requireStaff("ADMIN");
  const values = formFields(formData);
  const parsed = pifuTemplateSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const { id, ...fields } = values;
    await savePifuTemplate(db(), id && isUuid(id) ? { ...fields, id } : fields, staffActor(staff));
  } catch (error) {
    const problem = userFacingError(error, "Saving a PIFU template");
    return { message: problem.message, values };
  }
  redirect("/staff/pifu/templates?saved=1");
}
