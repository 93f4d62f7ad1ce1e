import { FrequencyType } from "@momentum/db";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { todayIn } from "../time/today-in";
import { parseFrequency } from "./habit-frequency.schema";
import { evaluateHabit, type HabitLogFact } from "./streak-engine";

// A user who logs at the same wall-clock time every day keeps one unbroken streak in their own zone,
// across DST changes both ways: the day of each log comes from todayIn, never from 24-hour steps.

const zones = [
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];

const daily = parseFrequency(FrequencyType.Daily, {}, "config");

function logsAtWallClock(
  zone: string,
  from: string,
  days: number,
  hour: number,
  minute: number,
): HabitLogFact[] {
  const first = DateTime.fromISO(from, { zone }).set({ hour, minute });
  return Array.from({ length: days }, (_, index) => {
    const instant = first.plus({ days: index }).toJSDate();
    return { date: todayIn(zone, instant), status: "done", value: null };
  });
}

describe.each(zones)("a daily habit in %s", (zone) => {
  it.each([
    ["late at night", 23, 45],
    ["just after midnight", 0, 15],
  ])("logged %s every day through a year of DST changes is one unbroken streak", (_when, hour, minute) => {
    const logs = logsAtWallClock(zone, "2026-01-01", 365, hour, minute);
    expect(new Set(logs.map((log) => log.date)).size).toBe(365);
    const lastInstant = DateTime.fromISO("2026-12-31", { zone }).set({ hour: 23, minute: 59 }).toJSDate();
    const evaluation = evaluateHabit({
      frequency: daily,
      startDate: "2026-01-01",
      endDate: null,
      logs,
      today: todayIn(zone, lastInstant),
      weekStartsOn: "MON",
    });
    expect(evaluation.currentStreak).toBe(365);
    expect(evaluation.streaks).toHaveLength(1);
  });
});

describe("a user who changes time zone keeps their history", () => {
  it("a log made in Kiritimati for a day that has not begun in Pago Pago still counts and breaks nothing", () => {
    const madeAt = new Date("2026-03-05T11:00:00Z"); // 01:00 on 6 March in Kiritimati, 00:00 on 5 March in Pago Pago
    const logs: HabitLogFact[] = [
      { date: "2026-03-04", status: "done", value: null },
      { date: "2026-03-05", status: "done", value: null },
      { date: todayIn("Pacific/Kiritimati", madeAt), status: "done", value: null },
    ];
    const today = todayIn("Pacific/Pago_Pago", new Date("2026-03-05T12:00:00Z"));
    expect(today).toBe("2026-03-05");
    const evaluation = evaluateHabit({
      frequency: daily,
      startDate: "2026-03-04",
      endDate: null,
      logs,
      today,
      weekStartsOn: "MON",
    });
    expect(evaluation.currentStreak).toBe(3);
    expect(evaluation.lastCompletedDate).toBe("2026-03-06");
  });
});
