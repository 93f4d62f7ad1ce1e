import { FrequencyType, HabitTargetType } from "@momentum/db";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { weekdayNames, type WeekdayName } from "../time/calendar-day";
import { frequencyArbitrary, targetArbitrary } from "./habit-frequency.test-support";
import { isTargetMet } from "./habit-target";
import { evaluateHabit, type HabitLogFact, type StreakEngineInput, type StreakRun } from "./streak-engine";

// A deliberately naive reference: Luxon dates, ISO strings and maps, one day at a time, periods
// grouped by key. Slow and obvious, so the fast engine can be checked against it on random histories.

const dayOf = (date: string) => DateTime.fromISO(date, { zone: "utc" });

/** What each day of a history is, asked one day at a time. */
function naiveDays(input: StreakEngineInput) {
  const { frequency } = input;
  const target = input.target ?? null;
  const logOn = new Map(input.logs.map((log) => [log.date, log]));
  const valueOn = (date: string) => {
    const log = logOn.get(date);
    return log?.status === "done" ? (log.value ?? 0) : 0;
  };
  /** A yes/no day is done when logged; a numeric one by its value (0 when nothing was logged). */
  const isDone = (date: string) =>
    target === null
      ? logOn.get(date)?.status === "done"
      : logOn.get(date)?.status !== "skipped" && isTargetMet(valueOn(date), target, date < input.today);
  const isSkipped = (date: string) => logOn.get(date)?.status === "skipped";
  const inRange = (date: string) =>
    date >= input.startDate && (input.endDate === null || date <= input.endDate);
  /** Scheduled on its own terms; a habit counted per week or month has every day open. */
  const isScheduled = (date: string) => {
    const day = dayOf(date);
    switch (frequency.type) {
      case FrequencyType.Weekly:
        return frequency.config.days.includes(weekdayNames[day.weekday - 1]!);
      case FrequencyType.EveryNDays:
        return Math.round(day.diff(dayOf(input.startDate), "days").days) % frequency.config.n === 0;
      case FrequencyType.Monthly:
        return frequency.config.days.some(
          (wanted) => wanted === day.day || (day.day === day.daysInMonth && wanted > day.daysInMonth!),
        );
      default:
        return true;
    }
  };
  return { isDone, isSkipped, inRange, isScheduled, valueOn, target };
}

function naiveEvaluate(input: StreakEngineInput) {
  const { frequency, today } = input;
  const { isDone, isSkipped, inRange, isScheduled, valueOn, target } = naiveDays(input);
  const occasionsDone: string[] = [];
  const latestLog = input.logs.map((log) => log.date).reduce((a, b) => (a > b ? a : b), today);
  const lastDate = input.endDate !== null && input.endDate < latestLog ? input.endDate : latestLog;

  const dates: string[] = [];
  for (let day = dayOf(input.startDate); day.toISODate()! <= lastDate; day = day.plus({ days: 1 }))
    dates.push(day.toISODate()!);

  const runs: StreakRun[] = [];
  let run: StreakRun | null = null;
  const extend = (first: string, last: string) => {
    if (run) run = { ...run, endDate: last, length: run.length + 1 };
    else run = { startDate: first, endDate: last, length: 1, isActive: false };
  };
  const close = () => {
    if (run) runs.push(run);
    run = null;
  };

  if (frequency.type === FrequencyType.TimesPerWeek || frequency.type === FrequencyType.TimesPerMonth) {
    const periodStart = (date: string) => {
      const day = dayOf(date);
      if (frequency.type === FrequencyType.TimesPerMonth) return day.startOf("month");
      return day.minus({ days: (day.weekday - 1 - weekdayNames.indexOf(input.weekStartsOn) + 7) % 7 });
    };
    const periods = new Map<string, string[]>();
    for (const date of dates) {
      const key = periodStart(date).toISODate()!;
      periods.set(key, [...(periods.get(key) ?? []), date]);
    }
    for (const [key, periodDates] of periods) {
      const begin = dayOf(key);
      const finish =
        frequency.type === FrequencyType.TimesPerMonth
          ? begin.endOf("month").startOf("day")
          : begin.plus({ days: 6 });
      let available = 0;
      for (let day = begin; day <= finish; day = day.plus({ days: 1 })) {
        const date = day.toISODate()!;
        if (inRange(date) && !isSkipped(date)) available++;
      }
      if (target !== null) {
        // Numeric: the period is one occasion, judged on its total.
        if (available === 0) continue;
        const counted = periodDates.filter((date) => inRange(date) && !isSkipped(date));
        const total = counted.reduce((sum, date) => sum + valueOn(date), 0);
        const last =
          input.endDate !== null && input.endDate < finish.toISODate()! ? input.endDate : finish.toISODate()!;
        const first = input.startDate > key ? input.startDate : key;
        if (isTargetMet(total, target, last < today)) {
          const valued = counted.filter((date) => valueOn(date) > 0);
          const atMost = target.type === HabitTargetType.AtMost;
          const runFirst = atMost || valued.length === 0 ? first : valued[0]!;
          const runLast = atMost || valued.length === 0 ? last : valued.at(-1)!;
          extend(runFirst, runLast);
          occasionsDone.push(runLast);
        } else if (finish.toISODate()! < today) close();
        continue;
      }
      const required = Math.min(frequency.config.times, available);
      const done = periodDates.filter(isDone);
      if (required === 0) continue;
      if (done.length >= required) extend(done[0]!, done[done.length - 1]!);
      else if (finish.toISODate()! < today) close();
    }
  } else {
    for (const date of dates) {
      if (!isScheduled(date) || isSkipped(date)) continue;
      if (isDone(date)) {
        extend(date, date);
        occasionsDone.push(date);
      } else if (date < today) close();
    }
  }
  const stillRunning = input.endDate === null || today <= input.endDate;
  const finalRun = run as StreakRun | null;
  if (finalRun) runs.push({ ...finalRun, isActive: stillRunning });
  // Yes/no habits count their done logs; numeric ones their days or periods done.
  const completed =
    target === null
      ? input.logs
          .filter((log) => isDone(log.date))
          .map((log) => log.date)
          .sort()
      : occasionsDone.sort();
  return {
    currentStreak: stillRunning && finalRun ? finalRun.length : 0,
    longestStreak: Math.max(0, ...runs.map((candidate) => candidate.length)),
    streaks: runs,
    totalCompletions: completed.length,
    lastCompletedDate: completed.at(-1) ?? null,
  };
}

const historyArbitrary = fc
  .record({
    frequency: frequencyArbitrary,
    target: targetArbitrary,
    start: fc.date({
      min: new Date("2024-01-01T00:00:00Z"),
      max: new Date("2028-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    days: fc.array(fc.constantFrom<"done" | "skipped" | "none">("done", "done", "done", "skipped", "none"), {
      maxLength: 150,
    }),
    values: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 150, maxLength: 150 }),
    extraDaysToToday: fc.integer({ min: -3, max: 40 }),
    endAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    weekStartsOn: fc.constantFrom<WeekdayName>(...weekdayNames),
  })
  .map(
    ({
      frequency,
      target,
      start,
      days,
      values,
      extraDaysToToday,
      endAfter,
      weekStartsOn,
    }): StreakEngineInput => {
      const startDay = DateTime.fromJSDate(start, { zone: "utc" }).startOf("day");
      const logs: HabitLogFact[] = days.flatMap((outcome, index) =>
        outcome === "none"
          ? []
          : [{ date: startDay.plus({ days: index }).toISODate()!, status: outcome, value: values[index]! }],
      );
      return {
        frequency,
        target,
        startDate: startDay.toISODate()!,
        endDate: endAfter === null ? null : startDay.plus({ days: endAfter }).toISODate()!,
        logs,
        // Mostly after the last log; sometimes before it, as after a move to a zone further west.
        today: startDay.plus({ days: Math.max(0, days.length - 1 + extraDaysToToday) }).toISODate()!,
        weekStartsOn,
      };
    },
  );

/** Yes/no habits only, for the properties that do not hold for numeric ones (an AT_MOST day logged at 99 fails). */
const yesNoHistoryArbitrary = historyArbitrary.map((input) => ({ ...input, target: null }));

describe("the streak engine against a naive day-by-day reference", () => {
  it("agrees on streaks, counters and runs for random histories of every frequency", () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const { progress: _progress, checkpoint: _checkpoint, ...evaluation } = evaluateHabit(input);
        expect(evaluation).toEqual(naiveEvaluate(input));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps strength within 0..100 and the completion rate within 0..1", () => {
    fc.assert(
      fc.property(historyArbitrary, (input) => {
        const { progress } = evaluateHabit(input);
        expect(progress.strength).toBeGreaterThanOrEqual(0);
        expect(progress.strength).toBeLessThanOrEqual(100);
        expect(progress.completionRate30d).toBeGreaterThanOrEqual(0);
        expect(progress.completionRate30d).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it("counts in the current period exactly its done, scheduled, unskipped days, and asks no more than the frequency", () => {
    fc.assert(
      fc.property(yesNoHistoryArbitrary, (input) => {
        const { progress } = evaluateHabit(input);
        const { isDone, inRange, isScheduled } = naiveDays(input);
        expect(progress.periodStart <= input.today && input.today <= progress.periodEnd).toBe(true);
        const doneInPeriod = input.logs.filter(
          ({ date }) =>
            date >= progress.periodStart &&
            date <= progress.periodEnd &&
            inRange(date) &&
            isScheduled(date) &&
            isDone(date),
        );
        expect(progress.completedInPeriod).toBe(doneInPeriod.length);
        const { frequency } = input;
        if (frequency.type === FrequencyType.TimesPerWeek || frequency.type === FrequencyType.TimesPerMonth)
          expect(progress.targetInPeriod).toBeLessThanOrEqual(frequency.config.times);
        // A day-based habit asks for its scheduled days: done ones are among them.
        else expect(progress.completedInPeriod).toBeLessThanOrEqual(progress.targetInPeriod);
      }),
      { numRuns: 500 },
    );
  });

  it("never lowers the longest streak when a missing day is logged as done", () => {
    fc.assert(
      fc.property(yesNoHistoryArbitrary, fc.nat(), (input, pick) => {
        const free = [] as string[];
        for (let day = dayOf(input.startDate); day.toISODate()! <= input.today; day = day.plus({ days: 1 })) {
          if (!input.logs.some((log) => log.date === day.toISODate())) free.push(day.toISODate()!);
        }
        fc.pre(free.length > 0);
        const backfilled = {
          ...input,
          logs: [...input.logs, { date: free[pick % free.length]!, status: "done" as const, value: 99 }],
        };
        expect(evaluateHabit(backfilled).longestStreak).toBeGreaterThanOrEqual(
          evaluateHabit(input).longestStreak,
        );
      }),
      { numRuns: 500 },
    );
  });
});
