import { describe, expect, it } from "vitest";
import { taskDueInstant } from "./task-due";

describe("the instant a task is due", () => {
  it.each([
    [
      "a timed task: its dueDate, whatever the zone",
      { dueDate: new Date("2030-06-14T16:00:00Z"), dueOn: null },
      "Asia/Tokyo",
      "2030-06-14T16:00:00.000Z",
    ],
    [
      "an all-day task: the start of its day in New York",
      { dueDate: null, dueOn: "2030-06-14" },
      "America/New_York",
      "2030-06-14T04:00:00.000Z",
    ],
    [
      "the same day in Tokyo",
      { dueDate: null, dueOn: "2030-06-14" },
      "Asia/Tokyo",
      "2030-06-13T15:00:00.000Z",
    ],
    [
      "a day that begins at 01:00 (Santiago's clocks skip midnight)",
      { dueDate: null, dueOn: "2030-09-08" },
      "America/Santiago",
      "2030-09-08T04:00:00.000Z",
    ],
    ["an undated task: none", { dueDate: null, dueOn: null }, "UTC", null],
  ])("%s", (_case, task, zone, expected) => {
    expect(taskDueInstant(task, { zone, dayStartsAt: "00:00" })?.toISOString() ?? null).toBe(expected);
  });

  it("an all-day task for someone whose day starts at 03:00: 03:00 on its date, when their day begins", () => {
    const task = { dueDate: null, dueOn: "2030-06-14" };
    expect(taskDueInstant(task, { zone: "Asia/Tokyo", dayStartsAt: "03:00" })?.toISOString()).toBe(
      "2030-06-13T18:00:00.000Z",
    );
  });
});
