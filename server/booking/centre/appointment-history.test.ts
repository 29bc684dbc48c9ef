import { describe, expect, it } from "vitest";
import { bookAppointment } from "../core/book-appointment";
import { cancelAppointment } from "../core/cancel-appointment";
import { recordAttendance } from "../core/record-attendance";
import { recordOutcome } from "../core/record-outcome";
import { rescheduleAppointment } from "../core/reschedule-appointment";
import { createTestFixtures } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { formatDateTime } from "../../platform/time/london";
import { loadAppointmentHistory } from "./appointment-history";

const db = setupTestDatabase();
const clerk = { userId: null, label: "Booking clerk: Jordan Hughes" };
const clinician = { userId: null, label: "Clinician: Priya Shah" };

describe("loadAppointmentHistory", () => {
  it("tells the story of a booking, a reschedule and a cancellation in plain words, whichever appointment is asked about", async () => {
    const f = await createTestFixtures(db);
    const [first, second] = await f.createSlots(2);
    const patient = await f.createPatient();
    const { waitingListEntry } = await f.createReferral(patient.id);
    const { appointment: original } = await bookAppointment(db, { slotId: first!.id, patientId: patient.id, waitingListEntryId: waitingListEntry.id, channel: "STAFF" }, clerk);
    const { appointment: moved } = await rescheduleAppointment(db, { appointmentId: original.id, newSlotId: second!.id, requestedBy: "PATIENT", channel: "STAFF" }, clerk);
    await cancelAppointment(db, { appointmentId: moved.id, requestedBy: "HOSPITAL", reason: "Clinician unwell" }, clerk);

    const history = await loadAppointmentHistory(db, moved.id);

    expect(history.map((h) => [h.who, h.what])).toEqual([
      [clerk.label, "Booked by the booking centre"],
      [clerk.label, `Rescheduled at the patient's request to ${formatDateTime(second!.startsAt)}`],
      [clerk.label, `Booked as the new time of a rescheduled appointment (was ${formatDateTime(first!.startsAt)})`],
      [clerk.label, "Cancelled by the hospital"],
    ]);
    expect(history[0]!.changes).toEqual([
      { field: "Status", after: "Booked" },
      { field: "Time", after: formatDateTime(first!.startsAt) },
      { field: "Clinic", after: f.clinic.name },
      { field: "Clinician", after: f.clinician.name },
      { field: "Appointment type", after: "New appointment" },
    ]);
    expect(history[1]!.changes).toEqual([{ field: "Time", before: formatDateTime(first!.startsAt), after: formatDateTime(second!.startsAt) }]);
    expect(history[3]!.changes).toEqual([
      { field: "Status", before: "Booked", after: "Cancelled by hospital" },
      { field: "Reason", after: "Clinician unwell" },
    ]);
    // The same story from the original appointment.
    expect((await loadAppointmentHistory(db, original.id)).map((h) => h.id)).toEqual(history.map((h) => h.id));
  });

  it("describes attendance and outcomes, and flags was not brought", async () => {
    const f = await createTestFixtures(db);
    const [slot, other] = await f.createSlots(2);
    const child = await f.createPatient({ dateOfBirth: new Date(Date.UTC(new Date().getUTCFullYear() - 8, 0, 1)) });
    const adult = await f.createPatient();
    const { referral } = await f.createReferral(adult.id);
    const { appointment: missed } = await bookAppointment(db, { slotId: slot!.id, patientId: child.id, channel: "STAFF" }, clerk);
    const { appointment: seen } = await bookAppointment(db, { slotId: other!.id, patientId: adult.id, referralId: referral.id, channel: "STAFF" }, clerk);
    const later = { now: new Date(other!.startsAt.getTime() + 3_600_000) };
    await recordAttendance(db, { appointmentId: missed.id, status: "WAS_NOT_BROUGHT" }, clinician, later);
    await recordAttendance(db, { appointmentId: seen.id, status: "SEEN" }, clinician, later);
    await recordOutcome(db, { appointmentId: seen.id, outcome: "FOLLOW_UP", weeks: 6 }, clinician, later);

    const [, notBrought] = await loadAppointmentHistory(db, missed.id);
    expect(notBrought).toMatchObject({ who: clinician.label, what: "Marked as was not brought: safeguarding concern flagged", safeguarding: true });
    expect(notBrought!.changes).toEqual([{ field: "Status", before: "Booked", after: "Was not brought" }]);

    const outcome = (await loadAppointmentHistory(db, seen.id)).map((h) => h.what);
    expect(outcome).toEqual(["Booked by the booking centre", "Marked as seen", "Outcome recorded: follow-up appointment in 6 weeks"]);
  });
});
