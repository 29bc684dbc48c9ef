"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/server/identity/action";
import { bookingRulesSchema } from "@/server/booking/rules/booking-rules-schema";
import { updateBookingRules } from "@/server/booking/rules/update-booking-rules";
import { db } from "@/server/platform/db/client";

export const updateBookingRulesAction = staffAction(
  "ADMIN",
  bookingRulesSchema,
  async (input, { actor }) => {
    await updateBookingRules(db(), input, actor);
    redirect("/staff/settings/booking-rules?saved=1");
  },
  { doing: "Saving booking rules" },
);
