import { describe, expect, it } from "vitest";
import { clearSetting, setSetting } from "../../platform/settings/settings";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { bookAppointment } from "./book-appointment";
import { ReferralClosedError } from "./errors";
import { decideMissedAppointment } from "./missed-appointment";
import { recordAttendance } from "./record-attendance";

const db = setupTestDatabase();
const clinician = { userId: null, label: "Clinician" };
let offset = 0;

/** A referral booked online (so clearly communicated) and then missed. */
async function missed(options: { child?: boolean; policy?: "REBOOK_ONCE" } = {}) {
  const f = await createTestFixtures(db);
  if (options.policy) {
    const current = await db.setting.findUnique({ where: { key: "missedAppointmentPolicy" } });
    await setSetting(db, "missedAppointmentPolicy", { ...((current?.value as Record<string, "REBOOK_ONCE">) ?? {}), [f.service.code]: options.policy });
  }
  const patient = await f.createPatient(options.child ? { dateOfBirth: new Date("2018-02-01T00:00:00Z") } : {});
  const { referral, waitingListEntry } = await f.createReferral(patient.id);
  await db.referral.update({ where: { id: referral.id }, data: { referrerEmail: "gp@example.invalid" } });
  const appointment = await bookAndMiss(f, patient.id, waitingListEntry.id, options.child ? "WAS_NOT_BROUGHT" : "DID_NOT_ATTEND");
  return { f, patient, referral, entryId: waitingListEntry.id, appointment };
}

async function bookAndMiss(f: Awaited<ReturnType<typeof createTestFixtures>>, patientId: string, entryId: string, status: "DID_NOT_ATTEND" | "WAS_NOT_BROUGHT") {
  const slot = await f.createSlot({ offsetMinutes: (offset += 60) });
  const { appointment } = await bookAppointment(db, { slotId: slot.id, patientId, waitingListEntryId: entryId, channel: "PATIENT_ONLINE" }, { userId: null, label: "Patient (online)" });
  await recordAttendance(db, { appointmentId: appointment.id, status }, testStaffActor, { now: new Date(appointment.startsAt.getTime() + 30 * 60_000) });
  return appointment;
}

const openTasks = (referralId: string, kind: "DNA_REVIEW" | "NEEDS_REBOOKING") => db.worklistTask.findMany({ where: { referralId, kind, status: { in: ["OPEN", "IN_PROGRESS"] } } });
const templates = async (referralId: string) => (await db.message.findMany({ where: { referralId }, select: { template: true } })).map((m) => m.template);

describe("a missed appointment is never stranded", () => {
  it("did not attend opens a clinician review; rebook restarts a nullified clock, puts the patient back on the list, and booking closes the rebooking task", async () => {
    const p = await missed();
    expect((await db.appointment.findUniqueOrThrow({ where: { id: p.appointment.id } })).status).toBe("DID_NOT_ATTEND");
    expect((await db.referral.findUniqueOrThrow({ where: { id: p.referral.id } })).status).toBe("ACCEPTED");
    const [review] = await openTasks(p.referral.id, "DNA_REVIEW");
    expect(review).toMatchObject({ appointmentId: p.appointment.id, serviceId: p.f.service.id });
    expect(await templates(p.referral.id)).toContain("appointment-missed");

    const decidedAt = new Date(p.appointment.startsAt.getTime() + 86_400_000);
    const result = await decideMissedAppointment(db, { taskId: review!.id, decision: "REBOOK" }, clinician, { now: decidedAt });
    expect(result.rttStatus).toBe("10");
    const events = await db.rttEvent.findMany({ where: { referralId: p.referral.id }, orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => e.code)).toEqual(["10", "33", "10"]);
    expect((await db.referral.findUniqueOrThrow({ where: { id: p.referral.id } })).rttClockStartAt).toEqual(decidedAt);
    expect((await db.worklistTask.findUniqueOrThrow({ where: { id: review!.id } })).status).toBe("DONE");
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: p.entryId } })).status).toBe("WAITING");
    const [rebooking] = await openTasks(p.referral.id, "NEEDS_REBOOKING");
    expect(rebooking).toBeDefined();
    expect(await templates(p.referral.id)).toContain("appointment-missed-rebook");
    await expect(decideMissedAppointment(db, { taskId: review!.id, decision: "DISCHARGE" }, clinician)).rejects.toThrow(/already been decided/);

    const slot = await p.f.createSlot({ offsetMinutes: (offset += 60) });
    await bookAppointment(db, { slotId: slot.id, patientId: p.patient.id, waitingListEntryId: p.entryId, channel: "STAFF" }, testStaffActor);
    const closed = await db.worklistTask.findUniqueOrThrow({ where: { id: rebooking!.id } });
    expect(closed).toMatchObject({ status: "DONE", outcome: expect.stringMatching(/^Booked for /) });
  });

  it("discharge closes the pathway, tells patient and referrer, and the closed referral cannot be booked even by id", async () => {
    const p = await missed();
    const [review] = await openTasks(p.referral.id, "DNA_REVIEW");
    const result = await decideMissedAppointment(db, { taskId: review!.id, decision: "DISCHARGE", note: "Third letter unanswered" }, clinician);
    expect(result.rttStatus).toBe("33");
    const referral = await db.referral.findUniqueOrThrow({ where: { id: p.referral.id } });
    expect(referral.status).toBe("DISCHARGED");
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: p.entryId } })).status).toBe("REMOVED");
    expect(await templates(p.referral.id)).toEqual(expect.arrayContaining(["referral-discharged", "referral-discharged-to-referrer"]));

    const slot = await p.f.createSlot({ offsetMinutes: (offset += 60) });
    await expect(bookAppointment(db, { slotId: slot.id, patientId: p.patient.id, referralId: p.referral.id, channel: "STAFF" }, testStaffActor)).rejects.toBeInstanceOf(ReferralClosedError);
    // The database refuses it too, whatever the code path.
    await expect(
      db.appointment.create({
        data: {
          slotId: slot.id, patientId: p.patient.id, referralId: p.referral.id, appointmentTypeId: slot.appointmentTypeId, clinicId: slot.clinicId, clinicianId: slot.clinicianId,
          startsAt: slot.startsAt, endsAt: slot.endsAt, bookingChannel: "STAFF", calendarUid: `closed-${slot.id}`,
        },
      }),
    ).rejects.toThrow(/Appointment_referral_open/);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(0);
  });

  it("a child who was not brought is always reviewed by a clinician, whatever the policy", async () => {
    const p = await missed({ child: true, policy: "REBOOK_ONCE" });
    expect(await openTasks(p.referral.id, "DNA_REVIEW")).toHaveLength(1);
    expect(await openTasks(p.referral.id, "NEEDS_REBOOKING")).toHaveLength(0);
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: p.entryId } })).status).toBe("BOOKED");
  });

  it("REBOOK_ONCE sends an adult's first miss straight to rebooking, and a second one to review", async () => {
    const p = await missed({ policy: "REBOOK_ONCE" });
    expect(await openTasks(p.referral.id, "DNA_REVIEW")).toHaveLength(0);
    expect(await openTasks(p.referral.id, "NEEDS_REBOOKING")).toHaveLength(1);
    expect((await db.waitingListEntry.findUniqueOrThrow({ where: { id: p.entryId } })).status).toBe("WAITING");
    await bookAndMiss(p.f, p.patient.id, p.entryId, "DID_NOT_ATTEND");
    expect(await openTasks(p.referral.id, "DNA_REVIEW")).toHaveLength(1);
    expect(await openTasks(p.referral.id, "NEEDS_REBOOKING")).toHaveLength(0);
    await clearSetting(db, "missedAppointmentPolicy");
  });
});
