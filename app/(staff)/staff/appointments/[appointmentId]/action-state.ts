import type { SlotChoice } from "@/server/booking/centre/slot-choices";

/** What the appointment forms' actions return when they do not redirect. */
export type AppointmentActionState = {
  errors?: Record<string, string>;
  message?: string;
  alternatives?: SlotChoice[];
  values?: Record<string, string>;
};

export const initialActionState: AppointmentActionState = {};
