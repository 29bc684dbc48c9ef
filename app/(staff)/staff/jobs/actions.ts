"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { retryJob } from "@/server/platform/jobs/admin";

export type RetryState = { error?: string; done?: string };

export async function retryJobAction(_previous: RetryState, form: FormData): Promise<RetryState> {
  await requireStaff("ADMIN");
  const parsed = z.object({ id: z.string().regex(/^\d{1,18}$/) }).safeParse({ id: form.get("id") });
  if (!parsed.success) return { error: "Choose a job" };
  if (!(await retryJob(db(), BigInt(parsed.data.id)))) return { error: "Only a failed job can be retried" };
  revalidatePath("/staff/jobs");
  return { done: "Queued to run again" };
}
