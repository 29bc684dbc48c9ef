"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { recordAttendance } from "@/server/booking/core/record-attendance";
import { recordAttendanceSchema } from "@/server/booking/core/schemas";
import { db } from "@/server/platform/db/client";

/** Arrived, seen, did not attend or was not brought: clerks at reception and clinicians in clinic. */
export const recordAttendanceAction = staffAction(
  ["BOOKING_CLERK", "CLINICIAN"],
  recordAttendanceSchema,
  async (input, { actor }) => {
    await recordAttendance(db(), input, actor);
    redirect(`/staff/appointments/${input.appointmentId}?done=${input.status.toLowerCase()}`);
  },
  // One row of buttons: every problem is shown at the form.
  { fieldIds: () => "attendance", doing: "Recording attendance" },
);
