import { describe, expect, it } from "vitest";
import { clinicClosureSchema, clinicSessionSchema, clinicSessionSchemaFor, dateFromParts, parseTimeOfDay } from "./schemas";

const TYPE = "0195f0a0-0000-7000-8000-000000000001";
const OTHER_TYPE = "0195f0a0-0000-7000-8000-000000000002";
const valid = {
  weekday: "1",
  startTime: "09:00",
  endTime: "12:00",
  slotMinutes: "30",
  capacityPerSlot: "1",
  appointmentTypeIds: [TYPE],
  validFrom: "2026-04-06",
  validTo: "",
};

function errors(input: unknown, schema = clinicSessionSchema) {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the clinic session schema", () => {
  it("turns a valid form into a session", () => {
    expect(clinicSessionSchema.parse(valid)).toEqual({
      weekday: 1,
      startMinute: 540,
      endMinute: 720,
      slotMinutes: 30,
      capacityPerSlot: 1,
      appointmentTypeIds: [TYPE],
      validFrom: "2026-04-06",
      validTo: null,
    });
  });

  it("reads times as people type them", () => {
    expect(parseTimeOfDay("9:30")).toBe(570);
    expect(parseTimeOfDay("1330")).toBe(810);
    expect(parseTimeOfDay("9.05")).toBe(545);
    expect(parseTimeOfDay("25:00")).toBeUndefined();
    expect(parseTimeOfDay("nine")).toBeUndefined();
  });

  it("requires the end after the start", () => {
    expect(errors({ ...valid, startTime: "13:00", endTime: "12:00" })).toEqual({ endTime: "The end time must be after the start time" });
    expect(errors({ ...valid, endTime: "09:00" })).toEqual({ endTime: "The end time must be after the start time" });
  });

  it("reports what a slot length that does not divide the session leaves over", () => {
    expect(errors({ ...valid, endTime: "12:10" })).toEqual({
      slotMinutes: "The session is 3 hours 10 minutes long, so 30-minute slots leave 10 minutes unused. Change the slot length or the end time",
    });
    expect(errors({ ...valid, slotMinutes: "240" })).toEqual({ slotMinutes: "The slot length must not be longer than the session (3 hours)" });
  });

  it("asks for at least one appointment type, of the clinic's own service", () => {
    expect(errors({ ...valid, appointmentTypeIds: [] })).toEqual({ appointmentTypeIds: "Select at least one appointment type" });
    expect(errors({ ...valid, appointmentTypeIds: [OTHER_TYPE] }, clinicSessionSchemaFor([TYPE]))).toEqual({
      appointmentTypeIds: "Select appointment types offered by this clinic's service",
    });
    expect(clinicSessionSchemaFor([TYPE]).safeParse(valid).success).toBe(true);
  });

  it("requires the last day after the first and real dates", () => {
    expect(errors({ ...valid, validTo: "2026-04-06" })).toEqual({ validTo: "The last day the session runs must be after the first day" });
    expect(errors({ ...valid, validTo: "2026-04-05" })).toEqual({ validTo: "The last day the session runs must be after the first day" });
    expect(errors({ ...valid, validFrom: "2026-02-30" })).toEqual({ validFrom: "The first day the session runs must be a real date" });
    expect(errors({ ...valid, validFrom: "" })).toEqual({ validFrom: "Enter the first day the session runs" });
    expect(clinicSessionSchema.parse({ ...valid, validTo: "2026-12-31" }).validTo).toBe("2026-12-31");
  });

  it("names every missing field", () => {
    expect(Object.keys(errors({})).sort()).toEqual(["appointmentTypeIds", "endTime", "slotMinutes", "startTime", "validFrom", "weekday", "capacityPerSlot"].sort());
  });
});

describe("the clinic closure schema", () => {
  it("allows a single day and refuses an end before the start", () => {
    expect(clinicClosureSchema.safeParse({ startDate: "2026-05-06", endDate: "2026-05-06", reason: "Training" }).success).toBe(true);
    expect(errors({ startDate: "2026-05-06", endDate: "2026-05-05", reason: "Training" }, clinicClosureSchema as never)).toEqual({
      endDate: "The last day the clinic is closed must be the same as or after the first day",
    });
    expect(errors({ startDate: "2026-05-06", endDate: "2026-05-06", reason: " " }, clinicClosureSchema as never)).toEqual({ reason: "Enter why the clinic is closed" });
  });

  it("joins date parts from a form", () => {
    const form = new FormData();
    form.set("startDate-day", "6");
    form.set("startDate-month", "5");
    form.set("startDate-year", "2026");
    expect(dateFromParts(form, "startDate")).toBe("2026-05-06");
    expect(dateFromParts(form, "endDate")).toBe("");
  });
});
