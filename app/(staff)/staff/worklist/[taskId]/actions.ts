"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decideMissedAppointment, missedAppointmentDecisionSchema } from "@/server/booking/core/missed-appointment";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { db } from "@/server/platform/db/client";
import { userFacingError } from "@/server/platform/errors/user-facing-error";
import { fieldErrors, formFields } from "@/server/platform/forms/field-errors";
import { addTaskNote, assignTaskToMe, completeTask, completeTaskSchema, taskNoteSchema } from "@/server/worklists";
import type { TaskFormState } from "./task-form-state";

const back = (taskId: string, done: string) => `/staff/worklist/${taskId}?done=${done}`;

/** Takes the task: booking clerks and clinicians work the list. */
export async function assignToMeAction(_previous: TaskFormState, formData: FormData): Promise<TaskFormState> {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const taskId = formFields(formData).taskId ?? "";
  try {
    await assignTaskToMe(db(), taskId, { ...staffActor(staff), userId: staff.userId });
  } catch (error) {
    return { message: userFacingError(error, "Taking the task").message };
  }
  revalidatePath("/staff/worklist");
  redirect(back(taskId, "assigned"));
}

export async function addNoteAction(_previous: TaskFormState, formData: FormData): Promise<TaskFormState> {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const values = formFields(formData);
  const parsed = taskNoteSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await addTaskNote(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Adding the note").message, values };
  }
  redirect(back(parsed.data.taskId, "note"));
}

export async function completeTaskAction(_previous: TaskFormState, formData: FormData): Promise<TaskFormState> {
  const staff = await requireStaff("BOOKING_CLERK", "CLINICIAN");
  const values = formFields(formData);
  const parsed = completeTaskSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await completeTask(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Completing the task").message, values };
  }
  redirect(back(parsed.data.taskId, "completed"));
}

/** Rebook or discharge after a missed appointment: a clinical decision (clinicians and admins). */
export async function decideMissedAppointmentAction(_previous: TaskFormState, formData: FormData): Promise<TaskFormState> {
  const staff = await requireStaff("CLINICIAN");
  const values = formFields(formData);
  const parsed = missedAppointmentDecisionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await decideMissedAppointment(db(), parsed.data, staffActor(staff));
  } catch (error) {
    return { message: userFacingError(error, "Recording the decision").message, values };
  }
  redirect(back(parsed.data.taskId, parsed.data.decision === "REBOOK" ? "rebook" : "discharged"));
}
