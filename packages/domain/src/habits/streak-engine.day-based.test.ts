import { FrequencyType, HabitTargetType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { type Case, days, evaluate } from "./streak-engine.test-support";

// 2026-03-02 is a Monday.

describe("streaks of day-based habits", () => {
  it.each<[string, Case, number, number]>([
    [
      "daily, done every day up to today",
      { type: FrequencyType.Daily, start: "2026-03-02", today: "2026-03-05", done: days("2026-03-02", 4) },
      4,
      4,
    ],
    [
      "daily, today not done yet does not break the streak",
      { type: FrequencyType.Daily, start: "2026-03-02", today: "2026-03-05", done: days("2026-03-02", 3) },
      3,
      3,
    ],
    [
      "daily, a missed day breaks it",
      {
        type: FrequencyType.Daily,
        start: "2026-03-02",
        today: "2026-03-05",
        done: ["2026-03-02", "2026-03-03"],
      },
      0,
      2,
    ],
    [
      "daily, a streak broken yesterday reads 0 today",
      { type: FrequencyType.Daily, start: "2026-03-02", today: "2026-03-06", done: days("2026-03-02", 3) },
      0,
      3,
    ],
    [
      "daily, a skipped day neither counts nor breaks",
      {
        type: FrequencyType.Daily,
        start: "2026-03-02",
        today: "2026-03-05",
        done: ["2026-03-02", "2026-03-03", "2026-03-05"],
        skipped: ["2026-03-04"],
      },
      3,
      3,
    ],
    [
      "daily, a backfilled day mends the streak",
      {
        type: FrequencyType.Daily,
        start: "2026-03-02",
        today: "2026-03-05",
        done: days("2026-03-02", 4).reverse(),
      },
      4,
      4,
    ],
    [
      "weekly Mon/Wed/Fri ignores the days between",
      {
        type: FrequencyType.Weekly,
        config: { days: ["MON", "WED", "FRI"] },
        start: "2026-03-02",
        today: "2026-03-10",
        done: ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09"],
      },
      4,
      4,
    ],
    [
      "weekly Mon/Wed/Fri, a missed Wednesday breaks it",
      {
        type: FrequencyType.Weekly,
        config: { days: ["MON", "WED", "FRI"] },
        start: "2026-03-02",
        today: "2026-03-12",
        done: ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09"],
      },
      0,
      4,
    ],
    [
      "weekly, a completion on an unscheduled day does not count",
      {
        type: FrequencyType.Weekly,
        config: { days: ["MON"] },
        start: "2026-03-02",
        today: "2026-03-10",
        done: ["2026-03-03", "2026-03-09"],
      },
      1,
      1,
    ],
    [
      "every 3 days counted from the start date",
      {
        type: FrequencyType.EveryNDays,
        config: { n: 3 },
        start: "2026-03-02",
        today: "2026-03-10",
        done: ["2026-03-02", "2026-03-05", "2026-03-08"],
      },
      3,
      3,
    ],
    [
      "every 3 days, a day off the rhythm does not count",
      {
        type: FrequencyType.EveryNDays,
        config: { n: 3 },
        start: "2026-03-02",
        today: "2026-03-10",
        done: ["2026-03-03", "2026-03-05", "2026-03-08"],
      },
      2,
      2,
    ],
    [
      "monthly on the 31st falls on the last day of shorter months",
      {
        type: FrequencyType.Monthly,
        config: { days: [31] },
        start: "2026-01-01",
        today: "2026-04-15",
        done: ["2026-01-31", "2026-02-28", "2026-03-31"],
      },
      3,
      3,
    ],
    [
      "monthly on the 30th, 29 February in a leap year",
      {
        type: FrequencyType.Monthly,
        config: { days: [30] },
        start: "2028-01-01",
        today: "2028-03-15",
        done: ["2028-01-30", "2028-02-29"],
      },
      2,
      2,
    ],
    [
      "monthly on the 1st and 15th, a missed 15th breaks it",
      {
        type: FrequencyType.Monthly,
        config: { days: [1, 15] },
        start: "2026-01-01",
        today: "2026-03-02",
        done: ["2026-01-01", "2026-02-01", "2026-02-15", "2026-03-01"],
      },
      3,
      3,
    ],
    [
      "measurable: a value under the target is not done",
      {
        type: FrequencyType.Daily,
        target: { value: 8, type: HabitTargetType.AtLeast },
        start: "2026-03-02",
        today: "2026-03-05",
        done: days("2026-03-02", 4),
        values: { "2026-03-02": 8, "2026-03-03": 5, "2026-03-04": 9, "2026-03-05": 8 },
      },
      2,
      2,
    ],
    [
      "nothing is scheduled after the end date, and an ended habit has no current streak",
      {
        type: FrequencyType.Daily,
        start: "2026-03-02",
        end: "2026-03-04",
        today: "2026-03-10",
        done: days("2026-03-02", 3),
      },
      0,
      3,
    ],
    [
      "before the start date nothing is scheduled",
      {
        type: FrequencyType.Daily,
        start: "2026-03-04",
        today: "2026-03-05",
        done: ["2026-03-02", "2026-03-04", "2026-03-05"],
      },
      2,
      2,
    ],
  ])("%s", (_name, scenario, current, longest) => {
    const evaluation = evaluate(scenario);
    expect({ current: evaluation.currentStreak, longest: evaluation.longestStreak }).toEqual({
      current,
      longest,
    });
  });

  it("lists the runs oldest first with their first and last completed day", () => {
    const evaluation = evaluate({
      type: FrequencyType.Daily,
      start: "2026-03-02",
      today: "2026-03-08",
      done: ["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06", "2026-03-07"],
    });
    expect(evaluation.streaks).toEqual([
      { startDate: "2026-03-02", endDate: "2026-03-03", length: 2, isActive: false },
      { startDate: "2026-03-05", endDate: "2026-03-07", length: 3, isActive: true },
    ]);
  });
});
