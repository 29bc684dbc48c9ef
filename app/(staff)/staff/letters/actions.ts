"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/server/identity/guards";
import { staffActor } from "@/server/identity/staff-actor";
import { db } from "@/server/platform/db/client";
import {
  confirmAddressChecked,
  forcePrintMessage,
  LetterStateError,
  markAccessibleFormatSent,
  markBatchDispatched,
  recordReturnedMail,
  requestPrintBatchNow,
} from "@/server/messages";

export type LetterActionState = { error?: string; done?: string };

const id = z.object({ id: z.uuid() });
const returned = z.object({ id: z.uuid(), reason: z.string().trim().min(1, "Say why it came back").max(200) });

async function run(work: () => Promise<string>, paths: string[]): Promise<LetterActionState> {
  try {
    const done = await work();
    for (const p of paths) revalidatePath(p);
    return { done };
  } catch (error) {
    if (error instanceof LetterStateError) return { error: error.message };
    throw error;
  }
}

export async function buildBatchesNowAction(_previous: LetterActionState, _form: FormData): Promise<LetterActionState> {
  await requireStaff("BOOKING_CLERK");
  return run(async () => {
    await requestPrintBatchNow(db());
    return "Print batches will be built in the next minute. Refresh to see them.";
  }, ["/staff/letters"]);
}

export async function markDispatchedAction(_previous: LetterActionState, form: FormData): Promise<LetterActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const parsed = id.safeParse({ id: form.get("id") });
  if (!parsed.success) return { error: "Choose a batch" };
  return run(async () => `${(await markBatchDispatched(db(), parsed.data.id, staffActor(staff))).letters} letters marked posted`, ["/staff/letters"]);
}

export async function accessibleSentAction(_previous: LetterActionState, form: FormData): Promise<LetterActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const parsed = id.safeParse({ id: form.get("id") });
  if (!parsed.success) return { error: "Choose a letter" };
  return run(async () => (await markAccessibleFormatSent(db(), parsed.data.id, staffActor(staff)), "Marked sent"), ["/staff/letters"]);
}

export async function forcePrintAction(_previous: LetterActionState, form: FormData): Promise<LetterActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const parsed = id.safeParse({ id: form.get("id") });
  if (!parsed.success) return { error: "Choose a message" };
  return run(async () => (await forcePrintMessage(db(), parsed.data.id, staffActor(staff)), "It will print in the next batch"), ["/staff/letters", "/staff/patients"]);
}

export async function returnedMailAction(_previous: LetterActionState, form: FormData): Promise<LetterActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const parsed = returned.safeParse({ id: form.get("id"), reason: form.get("reason") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Say why it came back" };
  return run(async () => (await recordReturnedMail(db(), parsed.data.id, parsed.data.reason, staffActor(staff)), "Recorded: the address is flagged for checking"), ["/staff/letters", "/staff/patients"]);
}

export async function addressCheckedAction(_previous: LetterActionState, form: FormData): Promise<LetterActionState> {
  const staff = await requireStaff("BOOKING_CLERK");
  const parsed = id.safeParse({ id: form.get("id") });
  if (!parsed.success) return { error: "Choose a patient" };
  return run(async () => (await confirmAddressChecked(db(), parsed.data.id, staffActor(staff)), "Address checked: held letters will print"), ["/staff/letters", "/staff/patients"]);
}
