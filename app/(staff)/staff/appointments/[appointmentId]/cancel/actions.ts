"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { cancelAppointment } from "@/server/booking/core/cancel-appointment";
import { cancelAppointmentSchema } from "@/server/booking/core/schemas";
import { db } from "@/server/platform/db/client";

export const cancelAppointmentAction = staffAction(
  "BOOKING_CLERK",
  cancelAppointmentSchema,
  async (input, { actor }) => {
    await cancelAppointment(db(), input, actor);
    redirect(`/staff/appointments/${input.appointmentId}?done=cancelled`);
  },
  { doing: "Cancelling" },
);
