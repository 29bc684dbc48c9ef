import { describe, expect, it } from "vitest";
import { createTestFixtures } from "../platform/testing/fixtures";
import { setupTestDatabase } from "../platform/testing/test-database";
import { countOpenTasksByKind, listOpenTasks } from "./open-tasks";
import { addTaskNote, assignTaskToMe, completeTask, TaskNotOpenError } from "./work-task";

const db = setupTestDatabase();

async function staffUser() {
  return db.user.create({ data: { name: "Sam Clerk", email: `clerk-${Math.random().toString(36).slice(2)}@example.invalid`, role: "BOOKING_CLERK" } });
}

describe("working the worklist", () => {
  it("a clerk takes a call-back, notes the call and completes it with what was done; each step audited", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const user = await staffUser();
    const actor = { userId: user.id, label: "Booking clerk: Sam Clerk" };
    const task = await db.worklistTask.create({ data: { kind: "CALL_BACK", patientId: patient.id, serviceId: f.service.id, summary: "Call the patient", dueBy: new Date(Date.now() - 60_000) } });

    expect((await listOpenTasks(db, { serviceId: f.service.id, overdue: true, assignee: "none" })).tasks.map((t) => t.id)).toEqual([task.id]);
    await assignTaskToMe(db, task.id, actor);
    expect((await listOpenTasks(db, { serviceId: f.service.id, assignee: user.id })).tasks.map((t) => t.id)).toEqual([task.id]);
    expect((await listOpenTasks(db, { serviceId: f.service.id, assignee: "none" })).total).toBe(0);

    await addTaskNote(db, { taskId: task.id, text: "No answer, left a voicemail" }, actor);
    await completeTask(db, { taskId: task.id, outcome: "Called back: appointment agreed" }, actor);
    const closed = await db.worklistTask.findUniqueOrThrow({ where: { id: task.id }, include: { notes: true } });
    expect(closed).toMatchObject({ status: "DONE", outcome: "Called back: appointment agreed", closedById: user.id, assignedToId: user.id });
    expect(closed.notes.map((n) => n.text)).toEqual(["No answer, left a voicemail"]);
    expect((await db.auditEvent.findMany({ where: { entityId: task.id }, select: { action: true } })).map((a) => a.action).sort()).toEqual([
      "worklist.task_assigned",
      "worklist.task_completed",
      "worklist.task_note_added",
    ]);
    await expect(completeTask(db, { taskId: task.id, outcome: "Again" }, actor)).rejects.toBeInstanceOf(TaskNotOpenError);
    expect((await listOpenTasks(db, { serviceId: f.service.id })).total).toBe(0);
  });

  it("a missed-appointment review cannot be ticked off without its decision; counts are per kind with overdue", async () => {
    const f = await createTestFixtures(db);
    const patient = await f.createPatient();
    const review = await db.worklistTask.create({ data: { kind: "DNA_REVIEW", patientId: patient.id, serviceId: f.service.id, summary: "Did not attend", dueBy: new Date(Date.now() - 1000) } });
    await expect(completeTask(db, { taskId: review.id, outcome: "Done" }, { userId: null, label: "Clerk" })).rejects.toThrow(/Decide rebook or discharge/);
    const counts = await countOpenTasksByKind(db);
    const dna = counts.find((c) => c.kind === "DNA_REVIEW")!;
    expect(dna.open).toBeGreaterThanOrEqual(1);
    expect(dna.overdue).toBeGreaterThanOrEqual(1);
    expect(await db.worklistTask.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "OPEN" });
  });
});
