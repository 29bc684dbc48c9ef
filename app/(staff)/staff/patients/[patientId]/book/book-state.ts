import type { SlotChoice } from "@/server/booking/centre/slot-choices";

export type BookState = {
  errors?: Record<string, string>;
  /** A problem with the booking itself, such as "This slot has just been taken". */
  message?: string;
  alternatives?: SlotChoice[];
};

export const initialBookState: BookState = {};
