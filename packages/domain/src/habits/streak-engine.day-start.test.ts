import { FrequencyType } from "@momentum/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateOf, dayNumberOf } from "../time/calendar-day";
import { userDayOf, type UserDays } from "../time/user-day";
import { instantOfWallClock } from "../time/wall-clock-instant";
import { parseFrequency } from "./habit-frequency.schema";
import { evaluateHabit, type HabitLogFact } from "./streak-engine";

// A night owl who logs after midnight, before their day start, keeps one unbroken streak: each log
// counts for the day before its calendar date, across DST changes and the date line.

const zones = [
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Asia/Kolkata",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];
const daily = parseFrequency(FrequencyType.Daily, {}, "config");
const nextDay = (day: string, days = 1) => calendarDateOf(dayNumberOf(day) + days);

describe("a daily habit with a day start", () => {
  it("logged every night before the day start through a year of DST changes is one unbroken streak of the days before", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 61, max: 12 * 60 }),
        fc.integer({ min: 1, max: 60 }),
        (zone, startMinutes, minutesBefore) => {
          const pad = (value: number) => String(value).padStart(2, "0");
          const days: UserDays = {
            zone,
            dayStartsAt: `${pad(Math.floor(startMinutes / 60))}:${pad(startMinutes % 60)}`,
          };
          const logMinutes = startMinutes - minutesBefore;
          const logTime = `${pad(Math.floor(logMinutes / 60))}:${pad(logMinutes % 60)}`;
          // Each night's log, on the calendar date after the day it is for.
          const logs: HabitLogFact[] = Array.from({ length: 365 }, (_, index) => {
            const instant = instantOfWallClock(nextDay("2026-01-01", index + 1), logTime, zone);
            return { date: userDayOf(days, instant), status: "done", value: null };
          });
          const dates = logs.map((log) => log.date);
          // A night whose log time the clocks skip may land past the day start: it then counts for its own date.
          const forDayBefore = dates.filter((date, index) => date === nextDay("2026-01-01", index)).length;
          expect(forDayBefore).toBeGreaterThanOrEqual(364);
          if (forDayBefore < 365) return;
          const evaluation = evaluateHabit({
            frequency: daily,
            startDate: "2026-01-01",
            endDate: null,
            logs,
            today: userDayOf(days, instantOfWallClock("2027-01-01", logTime, zone)),
            weekStartsOn: "MON",
          });
          expect(evaluation.currentStreak).toBe(365);
          expect(evaluation.streaks).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
