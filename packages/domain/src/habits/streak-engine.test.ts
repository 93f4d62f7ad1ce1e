import { FrequencyType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { type WeekdayName } from "../time/calendar-day";
import { parseFrequency } from "./habit-frequency.schema";
import { evaluateHabit, type HabitLogFact } from "./streak-engine";

// 2026-03-02 is a Monday.
interface Case {
  type: FrequencyType;
  config?: Record<string, unknown>;
  start: string;
  end?: string;
  today: string;
  done?: string[];
  skipped?: string[];
  values?: Record<string, number>;
  weekStartsOn?: WeekdayName;
}

function evaluate(scenario: Case) {
  const logs: HabitLogFact[] = [
    ...(scenario.done ?? []).map((date) => ({
      date,
      status: "done" as const,
      value: scenario.values?.[date] ?? null,
    })),
    ...(scenario.skipped ?? []).map((date) => ({ date, status: "skipped" as const, value: null })),
  ];
  return evaluateHabit({
    frequency: parseFrequency(scenario.type, scenario.config ?? {}, "config"),
    startDate: scenario.start,
    endDate: scenario.end ?? null,
    logs,
    today: scenario.today,
    weekStartsOn: scenario.weekStartsOn ?? "MON",
  });
}

const days = (from: string, count: number): string[] => {
  const [year, month, day] = from.split("-").map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day + index)).toISOString().slice(0, 10),
  );
};

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
        config: { target: 8, unit: "glasses" },
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

describe("streaks of period-based habits", () => {
  it.each<[string, Case, number, number]>([
    [
      "3 times a week, two weeks met and the open week not yet",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-18",
        done: [
          "2026-03-02",
          "2026-03-04",
          "2026-03-08",
          "2026-03-10",
          "2026-03-11",
          "2026-03-12",
          "2026-03-16",
        ],
      },
      2,
      2,
    ],
    [
      "3 times a week, the open week counts once met",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-11",
        done: ["2026-03-02", "2026-03-04", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"],
      },
      2,
      2,
    ],
    [
      "3 times a week, a closed week short of the target breaks it",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-17",
        done: ["2026-03-02", "2026-03-04", "2026-03-08", "2026-03-10", "2026-03-11"],
      },
      0,
      1,
    ],
    [
      "weeks start on Sunday when the user says so",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 2 },
        start: "2026-03-01",
        today: "2026-03-10",
        done: ["2026-03-01", "2026-03-07", "2026-03-08"],
        weekStartsOn: "SUN",
      },
      1,
      1,
    ],
    [
      "the same logs with Monday weeks: the one-day first week and the next are met",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 2 },
        start: "2026-03-01",
        today: "2026-03-10",
        done: ["2026-03-01", "2026-03-07", "2026-03-08"],
      },
      2,
      2,
    ],
    [
      "a first week cut short by the start date asks only for its days",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-07",
        today: "2026-03-10",
        done: ["2026-03-07", "2026-03-08"],
      },
      1,
      1,
    ],
    [
      "skipped days leave the week, so fewer completions meet it",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-10",
        done: ["2026-03-02", "2026-03-03"],
        skipped: ["2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"],
      },
      1,
      1,
    ],
    [
      "a fully skipped week neither counts nor breaks",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 1 },
        start: "2026-03-02",
        today: "2026-03-17",
        done: ["2026-03-02", "2026-03-16"],
        skipped: days("2026-03-09", 7),
      },
      2,
      2,
    ],
    [
      "10 times a month over two months",
      {
        type: FrequencyType.TimesPerMonth,
        config: { times: 10 },
        start: "2026-02-01",
        today: "2026-04-02",
        done: [...days("2026-02-01", 10), ...days("2026-03-10", 10)],
      },
      2,
      2,
    ],
    [
      "10 times a month, a short month breaks it",
      {
        type: FrequencyType.TimesPerMonth,
        config: { times: 10 },
        start: "2026-02-01",
        today: "2026-04-02",
        done: [...days("2026-02-01", 9), ...days("2026-03-10", 10)],
      },
      1,
      1,
    ],
  ])("%s", (_name, scenario, current, longest) => {
    const evaluation = evaluate(scenario);
    expect({ current: evaluation.currentStreak, longest: evaluation.longestStreak }).toEqual({
      current,
      longest,
    });
  });
});

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
      config: { target: 2 },
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
