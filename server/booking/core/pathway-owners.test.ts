import { describe, expect, it } from "vitest";
import { createTestPifuTemplate } from "../../pifu/test-helpers";
import { createTestFixtures, testStaffActor } from "../../platform/testing/fixtures";
import { setupTestDatabase } from "../../platform/testing/test-database";
import { findOwnerlessPathways } from "../../referrals/ownerless-pathways";
import { moveToRebooking } from "../../scheduling/move-to-rebooking";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment } from "./cancel-appointment";
import { decideMissedAppointment } from "./missed-appointment";
import { recordAttendance } from "./record-attendance";
import { recordOutcome } from "./record-outcome";
import type { RecordOutcomeInput } from "./schemas";

const db = setupTestDatabase();
let offset = 0;

/**
 * Every state an open pathway can reach through the domain's own functions, and
 * the rule that none of them is left without an owner: a waiting-list entry that
 * is waiting, a live appointment, a live PIFU pathway or an open worklist task.
 */
describe("no open pathway without an owner", () => {
  it("holds after every route a pathway can take", async () => {
    const f = await createTestFixtures(db);
    await db.appointmentType.create({ data: { serviceId: f.service.id, code: "FU", name: "Follow-up", kind: "FOLLOW_UP", mode: "IN_PERSON", durationMinutes: 30 } });
    const template = await createTestPifuTemplate(db, f.service.id);
    const referralIds: string[] = [];
    const states: Record<string, string> = {};

    const start = async (name: string, options: { child?: boolean } = {}) => {
      const patient = await f.createPatient(options.child ? { dateOfBirth: new Date("2019-03-03T00:00:00Z") } : {});
      const { referral, waitingListEntry } = await f.createReferral(patient.id);
      referralIds.push(referral.id);
      states[referral.id] = name;
      return { patient, referral, entryId: waitingListEntry.id };
    };
    const book = async (p: Awaited<ReturnType<typeof start>>, link: "entry" | "referral" = "entry") => {
      const slot = await f.createSlot({ offsetMinutes: (offset += 60) });
      const links = link === "entry" ? { waitingListEntryId: p.entryId } : { referralId: p.referral.id };
      return (await bookAppointment(db, { slotId: slot.id, patientId: p.patient.id, channel: "STAFF", ...links }, testStaffActor)).appointment;
    };
    const after = (a: { startsAt: Date }) => ({ now: new Date(a.startsAt.getTime() + 40 * 60_000) });
    const attend = (a: { id: string; startsAt: Date }, status: "SEEN" | "DID_NOT_ATTEND" | "WAS_NOT_BROUGHT") => recordAttendance(db, { appointmentId: a.id, status }, testStaffActor, after(a));
    const reviewOf = async (appointmentId: string) => (await db.worklistTask.findFirstOrThrow({ where: { appointmentId, kind: "DNA_REVIEW" } })).id;

    await start("accepted");
    await book(await start("booked"));
    const viaReferral = await start("booked by referral, cancelled by the patient");
    await db.waitingListEntry.update({ where: { id: viaReferral.entryId }, data: { status: "REMOVED" } });
    await cancelAppointment(db, { appointmentId: (await book(viaReferral, "referral")).id, requestedBy: "PATIENT", reason: "Away" }, testStaffActor);
    await cancelAppointment(db, { appointmentId: (await book(await start("cancelled by the hospital"))).id, requestedBy: "HOSPITAL", reason: "Clinic closed" }, testStaffActor);
    const withdrawn = await book(await start("needs rebooking"));
    await db.$transaction((tx) => moveToRebooking(tx, [{ slotId: withdrawn.slotId, reason: "Clinician on leave" }], testStaffActor));
    await attend(await book(await start("seen, outcome not yet recorded")), "SEEN");

    const outcomes: RecordOutcomeInput[] = [
      { appointmentId: "", outcome: "DISCHARGED" },
      { appointmentId: "", outcome: "FOLLOW_UP", weeks: 6 },
      { appointmentId: "", outcome: "PATIENT_INITIATED_FOLLOW_UP", templateId: template.id, period: "TEMPLATE", rttStatus: "30" },
      { appointmentId: "", outcome: "ADDED_TO_TREATMENT_LIST" },
      { appointmentId: "", outcome: "REFERRED_ELSEWHERE" },
    ];
    for (const outcome of outcomes) {
      const a = await book(await start(`outcome ${outcome.outcome}`));
      await attend(a, "SEEN");
      await recordOutcome(db, { ...outcome, appointmentId: a.id } as RecordOutcomeInput, testStaffActor, after(a));
    }

    await attend(await book(await start("did not attend, awaiting review")), "DID_NOT_ATTEND");
    await attend(await book(await start("was not brought, awaiting review", { child: true })), "WAS_NOT_BROUGHT");
    for (const decision of ["REBOOK", "DISCHARGE"] as const) {
      const a = await book(await start(`did not attend, decided ${decision}`));
      await attend(a, "DID_NOT_ATTEND");
      await decideMissedAppointment(db, { taskId: await reviewOf(a.id), decision }, testStaffActor, after(a));
    }
    const rebooked = await start("did not attend, rebooked from the task");
    const missed = await book(rebooked);
    await attend(missed, "DID_NOT_ATTEND");
    await decideMissedAppointment(db, { taskId: await reviewOf(missed.id), decision: "REBOOK" }, testStaffActor, after(missed));
    await book(rebooked);
    const followUpMissed = await start("follow-up booked without an entry, missed, rebooked");
    const first = await book(followUpMissed);
    await attend(first, "SEEN");
    await recordOutcome(db, { appointmentId: first.id, outcome: "FOLLOW_UP", weeks: 2 }, testStaffActor, after(first));
    const followUp = await book({ ...followUpMissed, entryId: (await db.waitingListEntry.findFirstOrThrow({ where: { referralId: followUpMissed.referral.id, status: "WAITING" } })).id });
    await attend(followUp, "DID_NOT_ATTEND");
    await decideMissedAppointment(db, { taskId: await reviewOf(followUp.id), decision: "REBOOK" }, testStaffActor, after(followUp));

    const ownerless = await findOwnerlessPathways(db, { referralIds });
    expect(ownerless.map((id) => states[id])).toEqual([]);
    // The closed ones really are closed (so the check above is about the open ones).
    const open = await db.referral.count({ where: { id: { in: referralIds }, status: { in: ["ACCEPTED", "BOOKED", "SEEN", "ON_PIFU"] } } });
    expect(open).toBe(referralIds.length - 3);
  });
});
