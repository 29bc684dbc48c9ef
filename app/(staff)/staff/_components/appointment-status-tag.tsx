import { Tag, type TagColour } from "@/components/tag";
import { statusLabel } from "@/server/booking/core/appointment-status";
import type { AppointmentStatus } from "@/server/platform/db/generated/enums";

const colours: Record<AppointmentStatus, TagColour> = {
  BOOKED: "blue",
  ARRIVED: "aqua-green",
  SEEN: "green",
  DID_NOT_ATTEND: "red",
  WAS_NOT_BROUGHT: "red",
  CANCELLED_BY_PATIENT: "grey",
  CANCELLED_BY_HOSPITAL: "grey",
  NEEDS_REBOOKING: "orange",
};

/** The one set of appointment statuses, each always the same colour. */
export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  return <Tag colour={colours[status]}>{statusLabel(status)}</Tag>;
}
