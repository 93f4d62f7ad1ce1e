import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { useHabitTestSession } from "./habit-test-client";

// A user far east of UTC, so "today" differs from the UTC day for half of every UTC day.
const ZONE = "Pacific/Kiritimati";

const session = useHabitTestSession(ZONE);

describe("creating a habit", () => {
  it("starts today in the user's zone with zero counters and a habit.created event", async () => {
    const habit = await session.createDaily({
      description: "Ten minutes",
      reminderTime: "07:30",
      frequencyConfig: {},
    });
    expect(habit).toMatchObject({
      title: "Meditate",
      frequencyType: "DAILY",
      frequencyConfig: {},
      startDate: session.day(0),
      endDate: null,
      currentStreak: 0,
      longestStreak: 0,
      totalCompletions: 0,
      lastCompletedAt: null,
      reminderTime: "07:30",
      isArchived: false,
      streaks: [],
    });
    expect(habit.progress).toMatchObject({
      periodStart: session.day(0),
      isDueToday: true,
      isCompletedToday: false,
      strength: 0,
    });
    expect(await session.eventTypes(habit.id)).toEqual(["habit.created"]);
  });

  it("keeps a weekly schedule's weekdays once each, in order", async () => {
    const habit = await session.createDaily({
      frequencyType: "WEEKLY",
      frequencyConfig: { days: ["FRI", "MON", "FRI"] },
    });
    expect(habit.frequencyConfig).toEqual({ days: ["FRI", "MON"].sort() });
  });

  it.each([
    ["an empty title", { title: "  " }, "input.title"],
    [
      "a weekly habit without days",
      { frequencyType: "WEEKLY", frequencyConfig: {} },
      "input.frequencyConfig.days",
    ],
    [
      "a weekly habit with an unknown weekday",
      { frequencyType: "WEEKLY", frequencyConfig: { days: ["MO"] } },
      "input.frequencyConfig.days.0",
    ],
    [
      "8 times a week",
      { frequencyType: "TIMES_PER_WEEK", frequencyConfig: { times: 8 } },
      "input.frequencyConfig.times",
    ],
    [
      "0 times a month",
      { frequencyType: "TIMES_PER_MONTH", frequencyConfig: { times: 0 } },
      "input.frequencyConfig.times",
    ],
    [
      "every 366 days",
      { frequencyType: "EVERY_N_DAYS", frequencyConfig: { n: 366 } },
      "input.frequencyConfig.n",
    ],
    [
      "a monthly habit on day 32",
      { frequencyType: "MONTHLY", frequencyConfig: { days: [32] } },
      "input.frequencyConfig.days.0",
    ],
    ["an unknown config key", { frequencyConfig: { times: 3 } }, "input.frequencyConfig"],
    ["a target of 0", { targetValue: 0, unit: "glasses" }, "input.targetValue"],
    ["an end before the start", { startDate: "2026-03-10", endDate: "2026-03-09" }, "input.endDate"],
    [
      "a category that does not exist",
      { categoryId: "5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11" },
      "input.categoryId",
    ],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, fields, field) => {
    const response = await session.habits.create(session.owner, {
      title: "Meditate",
      frequencyType: "DAILY",
      ...fields,
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("refuses a date that is not on the calendar before any resolver runs", async () => {
    const response = await session.habits.create(session.owner, {
      title: "Meditate",
      frequencyType: "DAILY",
      startDate: "2026-02-30",
    });
    expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
