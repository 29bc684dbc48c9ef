import type { AppointmentKind, AppointmentMode } from "../../server/platform/db/generated/enums";

/** The demo trust's four services, and the appointment types each offers. */
export interface ServiceDefinition {
  code: "MSK" | "POD" | "PAED" | "AUD";
  name: string;
  description: string;
  usesSurgicalPriorities: boolean;
  contactPhone: string;
  contactEmail: string;
  /** How a new appointment and a follow-up are named in this service. */
  newLabel: string;
  followUpLabel: string;
  /** Minutes for each appointment type code. */
  durations: Record<AppointmentTypeCode, number>;
  /** Codes staff book (e.g. after talking to a family) rather than patients online. */
  staffBookedOnly: readonly AppointmentTypeCode[];
}

export type ServiceCode = ServiceDefinition["code"];
export type AppointmentTypeCode = "NEW-F2F" | "NEW-TEL" | "NEW-VID" | "FU-F2F" | "FU-TEL" | "FU-VID";

export const APPOINTMENT_TYPE_CODES: readonly { code: AppointmentTypeCode; kind: AppointmentKind; mode: AppointmentMode }[] = [
  { code: "NEW-F2F", kind: "NEW", mode: "IN_PERSON" },
  { code: "NEW-TEL", kind: "NEW", mode: "TELEPHONE" },
  { code: "NEW-VID", kind: "NEW", mode: "VIDEO" },
  { code: "FU-F2F", kind: "FOLLOW_UP", mode: "IN_PERSON" },
  { code: "FU-TEL", kind: "FOLLOW_UP", mode: "TELEPHONE" },
  { code: "FU-VID", kind: "FOLLOW_UP", mode: "VIDEO" },
];

const MODE_LABEL: Record<AppointmentMode, string> = { IN_PERSON: "in person", TELEPHONE: "telephone", VIDEO: "video" };

export const SERVICES: readonly ServiceDefinition[] = [
  {
    code: "MSK",
    name: "MSK physiotherapy",
    description: "Assessment and treatment for muscle, joint and back problems in adults. You can refer yourself.",
    usesSurgicalPriorities: false,
    contactPhone: "0121 496 0101",
    contactEmail: "msk.physio@frontdoor.nhs.invalid",
    newLabel: "New physiotherapy assessment",
    followUpLabel: "Physiotherapy follow-up",
    durations: { "NEW-F2F": 45, "NEW-TEL": 30, "NEW-VID": 30, "FU-F2F": 30, "FU-TEL": 20, "FU-VID": 20 },
    staffBookedOnly: [],
  },
  {
    // Podiatric surgery is listed by surgical priority (P1a–P6) as well as referral priority.
    code: "POD",
    name: "Podiatry and podiatric surgery",
    description: "Foot and ankle care: nail surgery, diabetic foot protection, biomechanics and podiatric surgery for adults.",
    usesSurgicalPriorities: true,
    contactPhone: "0121 496 0202",
    contactEmail: "podiatry@frontdoor.nhs.invalid",
    newLabel: "New podiatry assessment",
    followUpLabel: "Podiatry follow-up",
    durations: { "NEW-F2F": 30, "NEW-TEL": 20, "NEW-VID": 20, "FU-F2F": 20, "FU-TEL": 20, "FU-VID": 20 },
    staffBookedOnly: [],
  },
  {
    code: "PAED",
    name: "Community paediatrics",
    description: "Assessment and care for children and young people with developmental, behavioural or long-term health needs.",
    usesSurgicalPriorities: false,
    contactPhone: "0121 496 0303",
    contactEmail: "community.paediatrics@frontdoor.nhs.invalid",
    newLabel: "New paediatric assessment",
    followUpLabel: "Paediatric review",
    durations: { "NEW-F2F": 60, "NEW-TEL": 45, "NEW-VID": 45, "FU-F2F": 30, "FU-TEL": 30, "FU-VID": 30 },
    // First assessments are arranged with the family, so staff book them.
    staffBookedOnly: ["NEW-F2F", "NEW-TEL", "NEW-VID"],
  },
  {
    code: "AUD",
    name: "Adult hearing services (audiology)",
    description: "Hearing tests, hearing aid fitting, repairs and reviews for adults aged 18 and over.",
    usesSurgicalPriorities: false,
    contactPhone: "0121 496 0404",
    contactEmail: "audiology@frontdoor.nhs.invalid",
    newLabel: "Hearing assessment",
    followUpLabel: "Hearing aid review",
    durations: { "NEW-F2F": 60, "NEW-TEL": 15, "NEW-VID": 30, "FU-F2F": 30, "FU-TEL": 15, "FU-VID": 15 },
    staffBookedOnly: [],
  },
];

export interface AppointmentTypeDefinition {
  serviceCode: ServiceCode;
  code: AppointmentTypeCode;
  name: string;
  kind: AppointmentKind;
  mode: AppointmentMode;
  durationMinutes: number;
  patientBookable: boolean;
}

/** Every service offers the same six types (new/follow-up × in person/telephone/video). */
export function appointmentTypesFor(service: ServiceDefinition): AppointmentTypeDefinition[] {
  return APPOINTMENT_TYPE_CODES.map(({ code, kind, mode }) => ({
    serviceCode: service.code,
    code,
    kind,
    mode,
    name: `${kind === "NEW" ? service.newLabel : service.followUpLabel} (${MODE_LABEL[mode]})`,
    durationMinutes: service.durations[code],
    patientBookable: !service.staffBookedOnly.includes(code),
  }));
}
