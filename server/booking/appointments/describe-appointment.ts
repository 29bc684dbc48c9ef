import type { AppointmentMode } from "../../platform/db/generated/enums";
import { formatDateTime } from "../../platform/time/london";
import type { AppointmentDetails } from "./appointment-details";

/** The video link appears this long before the start, and not earlier. */
export const VIDEO_LINK_MINUTES_BEFORE = 15;

export const modeLabel: Record<AppointmentMode, string> = {
  IN_PERSON: "In person",
  TELEPHONE: "Telephone",
  VIDEO: "Video call",
};

/** Plain words about an appointment, shared by pages, emails and calendar entries. */
export type AppointmentDescription = {
  when: string;
  what: string;
  mode: string;
  who: string;
  service: string;
  /** Where to go, one line each (in person only). */
  place: string[];
  /** How the appointment works: where to go, or how the call happens. */
  howItWorks: string;
  accessibility?: string;
  directions?: string;
  contactPhone: string;
  bookingReference?: string;
};

export function describeAppointment(a: AppointmentDetails): AppointmentDescription {
  const location = a.clinic.location;
  const place =
    a.appointmentType.mode === "IN_PERSON"
      ? [location.name, location.addressLine1, location.addressLine2, location.town, location.postcode].filter((l): l is string => Boolean(l))
      : [];
  return {
    when: formatDateTime(a.startsAt),
    what: a.appointmentType.name,
    mode: modeLabel[a.appointmentType.mode],
    who: `${a.clinician.name}, ${a.clinician.professionalRole}`,
    service: a.clinic.service.name,
    place,
    howItWorks: howItWorks(a),
    accessibility: a.appointmentType.mode === "IN_PERSON" ? (location.accessibilityNotes ?? undefined) : undefined,
    directions: a.appointmentType.mode === "IN_PERSON" ? (location.directions ?? undefined) : undefined,
    contactPhone: a.clinic.service.contactPhone,
    bookingReference: a.referral?.bookingReference ?? undefined,
  };
}

function howItWorks(a: AppointmentDetails): string {
  switch (a.appointmentType.mode) {
    case "IN_PERSON":
      return `Come to ${a.clinic.location.name}. Please arrive 10 minutes before your appointment and tell reception you are here.`;
    case "TELEPHONE":
      return a.patient.mobile
        ? `${a.clinician.name} will phone you on ${a.patient.mobile} at the time of your appointment. The call may show as a withheld number.`
        : `${a.clinician.name} will phone you at the time of your appointment, on the number we have for you. The call may show as a withheld number.`;
    case "VIDEO":
      return `This is a video call. The link to join appears on your appointment page ${VIDEO_LINK_MINUTES_BEFORE} minutes before the start. You need a phone, tablet or computer with a camera and microphone.`;
  }
}

/** The video link is shown from 15 minutes before the start until the end. */
export function videoLinkAvailable(a: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  return now.getTime() >= a.startsAt.getTime() - VIDEO_LINK_MINUTES_BEFORE * 60_000 && now.getTime() < a.endsAt.getTime();
}
