import type { AppointmentDescription } from "../booking/appointments/describe-appointment";
import type { TemplateContext } from "../../emails/define-template";

/**
 * Realistic, deliberately awkward content for tests and `npm run letter:sample`:
 * long names, several scripts, characters that mean something in HTML.
 */
export const SAMPLE_PATIENT_NAME = "Alexandra Wolfeschlegelsteinhausenbergerdorff-Ó Súilleabháin";

export const sampleAppointment: AppointmentDescription = {
  when: "Tuesday 14 April 2026 at 9:30am",
  what: "New patient assessment <first visit> & review",
  mode: "In person",
  who: "Dr Zoë Łukasiewicz-Fitzgerald-Ramaswamy",
  service: "Musculoskeletal physiotherapy and orthopaedic triage",
  place: ["Northfield Community Hospital, Outpatients Department B (Level 2)", "Bristol Road South", "Northfield", "B31 2AB"],
  howItWorks: "Please arrive 10 minutes early and bring a list of your medicines. Wear loose clothing so we can examine the joint.",
  accessibility: "Step-free entrance from the main car park; hearing loop at reception.",
  contactPhone: "0121 000 0000",
  bookingReference: "K7MX4PQA",
};

export function sampleLinks(ctx: TemplateContext) {
  return {
    manageUrl: `${ctx.baseUrl}/patient/appointments/019a0000-0000-7000-8000-000000000002`,
    referenceUrl: `${ctx.baseUrl}/book-by-reference?reference=K7MX4PQA`,
  };
}
