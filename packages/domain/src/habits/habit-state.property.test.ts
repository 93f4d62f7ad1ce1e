import { HabitTargetType } from "@momentum/db";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { calendarDateOf, dayNumberOf, weekdayNames, type WeekdayName } from "../time/calendar-day";
import { todayIn } from "../time/today-in";
import { frequencyArbitrary, targetArbitrary } from "./habit-frequency.test-support";
import {
  evaluateFrom,
  firstRewrittenRunStart,
  type HabitSchedule,
  resumePointOf,
  type StoredHabitState,
  storedStateOf,
} from "./habit-state";
import { evaluateHabit, type HabitEvaluation, type HabitLogFact, type StreakRun } from "./streak-engine";

// The kept state against a recomputation from scratch: a random history of logs, skips and deletions
// on random days (backfills far back included), with the clock jumping forward, the user moving
// between zones with DST and date-line changes and changing their week start, and the schedule
// changing. After every write the kept counters and streak rows, and on every read what the user sees,
// must equal what a walk over all logs gives.

const zones = [
  "America/New_York",
  "Pacific/Apia",
  "Pacific/Kiritimati",
  "Australia/Lord_Howe",
  "Pacific/Pago_Pago",
  "Europe/Berlin",
];

type Step =
  | { kind: "log" | "skip"; back: number; value: number; hours: number }
  | { kind: "delete"; pick: number; hours: number }
  | { kind: "read"; hours: number }
  | { kind: "move"; zone: string; hours: number }
  | { kind: "weekStart"; weekStartsOn: WeekdayName; hours: number }
  | {
      kind: "reschedule";
      schedule: HabitSchedule["frequency"];
      target: HabitSchedule["target"];
      hours: number;
    };

/** Mostly a few hours, sometimes days, now and then months without any write. */
const hoursArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 3, arbitrary: fc.integer({ min: 24, max: 24 * 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 24 * 30, max: 24 * 200 }) },
);
/** How far before today a write goes: mostly today or lately, sometimes far back. */
const backArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 70 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2000 }) },
);

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constantFrom("log" as const, "log" as const, "skip" as const),
      back: backArbitrary,
      value: fc.integer({ min: 0, max: 6 }),
      hours: hoursArbitrary,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat(), hours: hoursArbitrary }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("read" as const), hours: hoursArbitrary }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("move" as const),
      zone: fc.constantFrom(...zones),
      hours: hoursArbitrary,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("weekStart" as const),
      weekStartsOn: fc.constantFrom(...weekdayNames),
      hours: hoursArbitrary,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("reschedule" as const),
      schedule: frequencyArbitrary,
      target: targetArbitrary,
      hours: hoursArbitrary,
    }),
  },
);

const scenarioArbitrary = fc.record({
  frequency: frequencyArbitrary,
  // Numeric habits (AT_LEAST and AT_MOST, day- and period-based) as well as yes/no ones.
  target: targetArbitrary,
  start: fc.date({
    min: new Date("2024-01-01T00:00:00Z"),
    max: new Date("2027-12-31T00:00:00Z"),
    noInvalidDate: true,
  }),
  endAfter: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null, freq: 4 }),
  zone: fc.constantFrom(...zones),
  weekStartsOn: fc.constantFrom(...weekdayNames),
  steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 60 }),
});

/** What the user sees on a read: streaks, counters, progress and the active run. */
const seen = (evaluation: HabitEvaluation) => ({
  currentStreak: evaluation.currentStreak,
  longestStreak: evaluation.longestStreak,
  totalCompletions: evaluation.totalCompletions,
  lastCompletedDate: evaluation.lastCompletedDate,
  progress: evaluation.progress,
  activeRun: evaluation.streaks.find((run) => run.isActive) ?? null,
});

describe("the kept habit state against a recomputation from all logs", () => {
  it("agrees after every log, skip and deletion and on every read, in any order, zone and frequency", () => {
    let resumedReads = 0;
    let resumedWrites = 0;
    const numericWrites = { [HabitTargetType.AtLeast]: 0, [HabitTargetType.AtMost]: 0 };
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const startDay = DateTime.fromJSDate(scenario.start, { zone: "utc" }).toISODate()!;
        let schedule: HabitSchedule = {
          frequency: scenario.frequency,
          target: scenario.target,
          startDate: startDay,
          endDate:
            scenario.endAfter === null ? null : calendarDateOf(dayNumberOf(startDay) + scenario.endAfter),
        };
        let zone = scenario.zone;
        let weekStartsOn = scenario.weekStartsOn;
        let now = DateTime.fromISO(`${startDay}T12:00:00Z`).toJSDate();
        const logs = new Map<string, HabitLogFact>();
        let stored: StoredHabitState | null = null;
        let rows: StreakRun[] = [];

        const allLogs = () => [...logs.values()];
        const full = (today: string) => evaluateHabit({ ...schedule, logs: allLogs(), today, weekStartsOn });
        const logsFrom = (day: string | undefined) =>
          allLogs().filter((log) => day === undefined || log.date >= day);

        /** What a write does: resume where allowed, change, evaluate again, keep the new state and rows. */
        const write = (today: string, changedDay: string | null, change: () => void) => {
          const from = resumePointOf(stored, schedule, weekStartsOn, today, changedDay);
          if (from) resumedWrites += 1;
          if (from && schedule.target) numericWrites[schedule.target.type] += 1;
          const before = evaluateFrom(schedule, weekStartsOn, today, from, logsFrom(from?.day));
          expect(seen(before)).toEqual(seen(full(today)));
          change();
          const after = evaluateFrom(schedule, weekStartsOn, today, from, logsFrom(from?.day), {
            keep: true,
          });
          const expected = full(today);
          expect(seen(after)).toEqual(seen(expected));
          stored = storedStateOf(schedule, weekStartsOn, after);
          const boundary = firstRewrittenRunStart(from);
          rows = [...rows.filter((row) => boundary !== null && row.startDate < boundary), ...after.streaks];
          expect(rows).toEqual(expected.streaks);
        };

        for (const step of scenario.steps) {
          now = new Date(now.getTime() + step.hours * 3_600_000);
          const today = todayIn(zone, now);
          const lastDay = schedule.endDate !== null && schedule.endDate < today ? schedule.endDate : today;
          switch (step.kind) {
            case "log":
            case "skip": {
              if (lastDay < schedule.startDate) break;
              const span = dayNumberOf(lastDay) - dayNumberOf(schedule.startDate);
              const date = calendarDateOf(dayNumberOf(lastDay) - Math.min(step.back, span));
              write(today, date, () =>
                logs.set(
                  date,
                  step.kind === "log"
                    ? { date, status: "done", value: step.value }
                    : { date, status: "skipped", value: null },
                ),
              );
              break;
            }
            case "delete": {
              const dates = [...logs.keys()];
              if (dates.length === 0) break;
              const date = dates[step.pick % dates.length]!;
              write(today, date, () => logs.delete(date));
              break;
            }
            case "read": {
              const from = resumePointOf(stored, schedule, weekStartsOn, today);
              if (from) resumedReads += 1;
              const read = evaluateFrom(schedule, weekStartsOn, today, from, logsFrom(from?.day));
              expect(seen(read)).toEqual(seen(full(today)));
              break;
            }
            case "move":
              zone = step.zone;
              break;
            case "weekStart":
              weekStartsOn = step.weekStartsOn;
              break;
            case "reschedule":
              write(today, null, () => {
                schedule = { ...schedule, frequency: step.schedule, target: step.target };
              });
              break;
          }
        }
      }),
      { numRuns: Number(process.env.HABIT_STATE_RUNS ?? 1500) },
    );
    // The shortcut must actually be taken, or the comparison proves nothing.
    expect(resumedReads).toBeGreaterThan(100);
    expect(resumedWrites).toBeGreaterThan(1000);
    expect(numericWrites[HabitTargetType.AtLeast]).toBeGreaterThan(100);
    expect(numericWrites[HabitTargetType.AtMost]).toBeGreaterThan(100);
  });
});
