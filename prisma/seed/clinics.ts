import type { AppointmentTypeCode, ServiceCode } from "./services";

/** The demo trust's 20 clinicians, its 10 clinics and their weekly session templates. */
export interface ClinicianDefinition {
  key: string;
  name: string;
  professionalRole: string;
  serviceCode: ServiceCode;
}

export const CLINICIANS: readonly ClinicianDefinition[] = [
  { key: "shah", name: "Priya Shah", professionalRole: "Advanced Practice Physiotherapist", serviceCode: "MSK" },
  { key: "gallagher", name: "Tom Gallagher", professionalRole: "Physiotherapist", serviceCode: "MSK" },
  { key: "okoye", name: "Rebecca Okoye", professionalRole: "Clinical Specialist Physiotherapist", serviceCode: "MSK" },
  { key: "kowalski", name: "Daniel Kowalski", professionalRole: "Physiotherapist", serviceCode: "MSK" },
  { key: "price", name: "Hannah Price", professionalRole: "Physiotherapist", serviceCode: "MSK" },
  { key: "hussain", name: "Imran Hussain", professionalRole: "Physiotherapist", serviceCode: "MSK" },
  { key: "turner", name: "Sophie Turner", professionalRole: "First Contact Physiotherapist", serviceCode: "MSK" },
  { key: "lloyd", name: "Mr Gareth Lloyd", professionalRole: "Consultant Podiatric Surgeon", serviceCode: "POD" },
  { key: "walsh", name: "Emily Walsh", professionalRole: "Podiatrist", serviceCode: "POD" },
  { key: "sandhu", name: "Harjit Sandhu", professionalRole: "Specialist Podiatrist (Diabetes)", serviceCode: "POD" },
  { key: "adams", name: "Chloe Adams", professionalRole: "Podiatrist", serviceCode: "POD" },
  { key: "doyle", name: "Martin Doyle", professionalRole: "Podiatrist", serviceCode: "POD" },
  { key: "okafor", name: "Dr Amara Okafor", professionalRole: "Consultant Community Paediatrician", serviceCode: "PAED" },
  { key: "reid", name: "Dr Jonathan Reid", professionalRole: "Consultant Community Paediatrician", serviceCode: "PAED" },
  { key: "mirza", name: "Dr Sana Mirza", professionalRole: "Specialty Doctor in Community Paediatrics", serviceCode: "PAED" },
  { key: "fletcher", name: "Kirsty Fletcher", professionalRole: "Paediatric Clinical Nurse Specialist", serviceCode: "PAED" },
  { key: "moss", name: "Dr Rachel Moss", professionalRole: "Clinical Scientist (Audiology)", serviceCode: "AUD" },
  { key: "carter", name: "Ben Carter", professionalRole: "Audiologist", serviceCode: "AUD" },
  { key: "begum", name: "Nadia Begum", professionalRole: "Audiologist", serviceCode: "AUD" },
  { key: "jenkins", name: "Owen Jenkins", professionalRole: "Associate Audiologist", serviceCode: "AUD" },
];

/**
 * A weekly template. Times are minutes after midnight, Europe/London wall clock;
 * weekday 1 = Monday. Every appointment type in a session lasts `slotMinutes`, so a
 * slot grid fits each of them exactly.
 */
export interface SessionDefinition {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  start: `${number}:${number}`;
  end: `${number}:${number}`;
  slotMinutes: number;
  types: readonly AppointmentTypeCode[];
}

export interface ClinicDefinition {
  code: string;
  name: string;
  serviceCode: ServiceCode;
  locationCode: string;
  clinicianKey: string;
  sessions: readonly SessionDefinition[];
}

const MSK_NEW = ["NEW-F2F"] as const;
const MSK_FOLLOW_UP = ["FU-F2F", "NEW-TEL"] as const;

export const CLINICS: readonly ClinicDefinition[] = [
  {
    code: "MSK-NCH-1", name: "MSK physiotherapy, Northfield (Priya Shah)", serviceCode: "MSK", locationCode: "NCH", clinicianKey: "shah",
    sessions: [
      { weekday: 1, start: "09:00", end: "12:45", slotMinutes: 45, types: MSK_NEW },
      { weekday: 1, start: "13:30", end: "17:00", slotMinutes: 30, types: MSK_FOLLOW_UP },
      { weekday: 3, start: "09:00", end: "12:45", slotMinutes: 45, types: MSK_NEW },
      { weekday: 4, start: "13:30", end: "17:00", slotMinutes: 30, types: MSK_FOLLOW_UP },
    ],
  },
  {
    code: "MSK-SOH-1", name: "MSK physiotherapy, Selly Oak (Tom Gallagher)", serviceCode: "MSK", locationCode: "SOH", clinicianKey: "gallagher",
    sessions: [
      { weekday: 2, start: "08:30", end: "12:15", slotMinutes: 45, types: MSK_NEW },
      { weekday: 2, start: "13:00", end: "16:30", slotMinutes: 30, types: MSK_FOLLOW_UP },
      { weekday: 5, start: "09:00", end: "12:45", slotMinutes: 45, types: MSK_NEW },
    ],
  },
  {
    code: "MSK-VID-1", name: "MSK physiotherapy video clinic (Rebecca Okoye)", serviceCode: "MSK", locationCode: "NCH", clinicianKey: "okoye",
    sessions: [
      { weekday: 3, start: "13:00", end: "16:00", slotMinutes: 30, types: ["NEW-VID", "NEW-TEL"] },
      { weekday: 5, start: "09:00", end: "12:20", slotMinutes: 20, types: ["FU-VID", "FU-TEL"] },
    ],
  },
  {
    code: "POD-RED-1", name: "Podiatry, Redditch (Emily Walsh)", serviceCode: "POD", locationCode: "RCC", clinicianKey: "walsh",
    sessions: [
      { weekday: 1, start: "09:00", end: "12:30", slotMinutes: 30, types: ["NEW-F2F"] },
      { weekday: 1, start: "13:30", end: "16:50", slotMinutes: 20, types: ["FU-F2F", "FU-TEL"] },
      { weekday: 4, start: "09:00", end: "12:30", slotMinutes: 30, types: ["NEW-F2F"] },
    ],
  },
  {
    code: "POD-BRO-1", name: "Podiatry, Bromsgrove (Harjit Sandhu)", serviceCode: "POD", locationCode: "BHC", clinicianKey: "sandhu",
    sessions: [
      { weekday: 2, start: "09:00", end: "12:30", slotMinutes: 30, types: ["NEW-F2F"] },
      { weekday: 3, start: "09:00", end: "12:20", slotMinutes: 20, types: ["FU-F2F", "NEW-TEL", "FU-TEL"] },
      { weekday: 3, start: "13:30", end: "15:30", slotMinutes: 20, types: ["NEW-VID", "FU-VID"] },
    ],
  },
  {
    code: "POD-SUR-1", name: "Podiatric surgery assessment, Northfield (Mr Gareth Lloyd)", serviceCode: "POD", locationCode: "NCH", clinicianKey: "lloyd",
    sessions: [
      { weekday: 4, start: "13:30", end: "17:00", slotMinutes: 30, types: ["NEW-F2F"] },
      { weekday: 5, start: "09:00", end: "12:20", slotMinutes: 20, types: ["FU-F2F"] },
    ],
  },
  {
    code: "PAED-LCC-1", name: "Community paediatrics, Longbridge (Dr Amara Okafor)", serviceCode: "PAED", locationCode: "LCC", clinicianKey: "okafor",
    sessions: [
      { weekday: 2, start: "09:00", end: "13:00", slotMinutes: 60, types: ["NEW-F2F"] },
      { weekday: 4, start: "09:00", end: "12:30", slotMinutes: 30, types: ["FU-F2F", "FU-TEL"] },
    ],
  },
  {
    code: "PAED-VID-1", name: "Community paediatrics video clinic (Dr Jonathan Reid)", serviceCode: "PAED", locationCode: "LCC", clinicianKey: "reid",
    sessions: [
      { weekday: 3, start: "09:15", end: "12:15", slotMinutes: 45, types: ["NEW-VID", "NEW-TEL"] },
      { weekday: 5, start: "13:30", end: "16:30", slotMinutes: 30, types: ["FU-VID", "FU-TEL"] },
    ],
  },
  {
    code: "AUD-KNC-1", name: "Hearing services, Kings Norton (Dr Rachel Moss)", serviceCode: "AUD", locationCode: "KNC", clinicianKey: "moss",
    sessions: [
      { weekday: 1, start: "09:00", end: "13:00", slotMinutes: 60, types: ["NEW-F2F"] },
      { weekday: 3, start: "13:30", end: "17:00", slotMinutes: 30, types: ["FU-F2F"] },
    ],
  },
  {
    code: "AUD-NCH-1", name: "Hearing services, Northfield (Ben Carter)", serviceCode: "AUD", locationCode: "NCH", clinicianKey: "carter",
    sessions: [
      { weekday: 2, start: "09:00", end: "12:00", slotMinutes: 60, types: ["NEW-F2F"] },
      { weekday: 4, start: "09:00", end: "12:00", slotMinutes: 30, types: ["FU-F2F", "NEW-VID"] },
      { weekday: 4, start: "13:30", end: "15:30", slotMinutes: 15, types: ["FU-TEL", "FU-VID", "NEW-TEL"] },
    ],
  },
];

/** "13:30" → 810. */
export function minutesAfterMidnight(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Video rooms are per clinic; only clinics that run video appointments have one. */
export function videoJoinUrlFor(clinic: ClinicDefinition): string | null {
  const runsVideo = clinic.sessions.some((s) => s.types.some((t) => t.endsWith("-VID")));
  return runsVideo ? `https://video.frontdoor.nhs.invalid/room/${clinic.code.toLowerCase()}` : null;
}
