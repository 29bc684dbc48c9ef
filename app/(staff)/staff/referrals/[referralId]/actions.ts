"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/server/identity/action";
import { db } from "@/server/platform/db/client";
import { formDoneState } from "@/server/platform/forms/form-errors";
import { formDate, formText } from "@/server/platform/forms/form-fields";
import { recordRttOutcome, recordRttOutcomeSchema } from "@/server/referrals/rtt/record-rtt-outcome";

export const recordRttOutcomeAction = staffAction(
  "CLINICIAN",
  recordRttOutcomeSchema,
  async (input, { actor, previous }) => {
    const result = await recordRttOutcome(db(), input, actor);
    revalidatePath(`/staff/referrals/${input.referralId}`);
    return formDoneState(`Recorded RTT status ${result.code}. ${result.explanation}`, previous);
  },
  {
    input: (formData) => ({
      referralId: formText(formData, "referralId"),
      outcome: formText(formData, "outcome"),
      date: formDate(formData, "rttDate") || undefined,
      appointmentId: formText(formData, "appointmentId"),
      note: formText(formData, "note"),
    }),
    fieldIds: { date: "rttDate-day" },
    defaultField: "outcome",
    doing: "Recording an RTT outcome",
  },
);
