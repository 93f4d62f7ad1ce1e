import { FrequencyType, HabitTargetType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { type Case, days, evaluate } from "./streak-engine.test-support";

// 2026-03-02 is a Monday.

describe("progress of the current period", () => {
  it.each<[string, Case, Record<string, unknown>]>([
    [
      "daily: today is the period, due and done",
      { type: FrequencyType.Daily, start: "2026-03-02", today: "2026-03-05", done: ["2026-03-05"] },
      {
        periodStart: "2026-03-05",
        periodEnd: "2026-03-05",
        completedInPeriod: 1,
        targetInPeriod: 1,
        isDueToday: true,
        isCompletedToday: true,
      },
    ],
    [
      "weekly Mon/Wed: the week asks for its scheduled days, a Tuesday is not due",
      {
        type: FrequencyType.Weekly,
        config: { days: ["MON", "WED"] },
        start: "2026-03-02",
        today: "2026-03-03",
        done: ["2026-03-02"],
      },
      {
        periodStart: "2026-03-02",
        periodEnd: "2026-03-08",
        completedInPeriod: 1,
        targetInPeriod: 2,
        isDueToday: false,
        isCompletedToday: false,
      },
    ],
    [
      "3 times a week: due while the target is unmet",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-04",
        done: ["2026-03-02"],
      },
      {
        periodStart: "2026-03-02",
        periodEnd: "2026-03-08",
        completedInPeriod: 1,
        targetInPeriod: 3,
        isDueToday: true,
        isCompletedToday: false,
      },
    ],
    [
      "3 times a week met before today: not due",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-05",
        done: days("2026-03-02", 3),
      },
      { completedInPeriod: 3, targetInPeriod: 3, isDueToday: false },
    ],
    [
      "10 times a month: the calendar month",
      {
        type: FrequencyType.TimesPerMonth,
        config: { times: 10 },
        start: "2026-02-01",
        today: "2026-02-10",
        done: days("2026-02-01", 4),
      },
      {
        periodStart: "2026-02-01",
        periodEnd: "2026-02-28",
        completedInPeriod: 4,
        targetInPeriod: 10,
        isDueToday: true,
      },
    ],
    [
      "every 2 days: an off day is not due",
      { type: FrequencyType.EveryNDays, config: { n: 2 }, start: "2026-03-02", today: "2026-03-03" },
      { periodStart: "2026-03-03", targetInPeriod: 0, isDueToday: false },
    ],
    [
      "a skipped today is not due",
      { type: FrequencyType.Daily, start: "2026-03-02", today: "2026-03-03", skipped: ["2026-03-03"] },
      { targetInPeriod: 0, isDueToday: false, isCompletedToday: false },
    ],
  ])("%s", (_name, scenario, expected) => {
    expect(evaluate(scenario).progress).toMatchObject(expected);
  });

  it("completion rate over 30 days counts scheduled occasions and leaves out an open today", () => {
    const { progress } = evaluate({
      type: FrequencyType.Daily,
      start: "2026-03-02",
      today: "2026-03-31",
      done: days("2026-03-02", 15),
    });
    expect(progress.completionRate30d).toBeCloseTo(15 / 29, 10);
  });

  it("counts total completions and the last completed day, skips and short values excluded", () => {
    const evaluation = evaluate({
      type: FrequencyType.Daily,
      target: { value: 2, type: HabitTargetType.AtLeast },
      start: "2026-03-02",
      today: "2026-03-06",
      done: ["2026-03-02", "2026-03-03", "2026-03-05"],
      values: { "2026-03-02": 2, "2026-03-03": 3, "2026-03-05": 1 },
      skipped: ["2026-03-04"],
    });
    expect(evaluation.totalCompletions).toBe(2);
    expect(evaluation.lastCompletedDate).toBe("2026-03-03");
  });
});

describe("strength", () => {
  const daily = (done: string[], today: string) =>
    evaluate({ type: FrequencyType.Daily, start: "2026-01-01", today, done }).progress.strength;

  it("one miss after a long run costs little", () => {
    expect(daily(days("2026-01-01", 100), "2026-04-11")).toBeGreaterThan(99);
    const afterOneMiss = daily(days("2026-01-01", 100), "2026-04-12");
    expect(afterOneMiss).toBeGreaterThan(90);
    expect(afterOneMiss).toBeLessThan(99);
  });

  it("a long lapse costs much", () => {
    expect(daily(days("2026-01-01", 100), "2026-05-11")).toBeLessThan(25);
  });

  it("starts at 0 and stays within 0..100", () => {
    expect(daily([], "2026-01-01")).toBe(0);
    expect(daily(days("2026-01-01", 3000), "2034-03-19")).toBeLessThanOrEqual(100);
  });

  it("a weekly habit kept for ten weeks is as strong as a daily one kept for ten weeks", () => {
    const weekly = evaluate({
      type: FrequencyType.Weekly,
      config: { days: ["MON"] },
      start: "2026-03-02",
      today: "2026-05-10",
      done: Array.from({ length: 10 }, (_, week) => days("2026-03-02", 70)[week * 7]!),
    }).progress.strength;
    const everyDay = daily(days("2026-03-02", 70), "2026-05-10");
    expect(weekly).toBeLessThan(everyDay);
    expect(weekly).toBeGreaterThan(everyDay / 2);
  });
});
