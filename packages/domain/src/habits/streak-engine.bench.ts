import { FrequencyType } from "@momentum/db";
import { bench, describe } from "vitest";
import { calendarDateOf, dayNumberOf } from "../time/calendar-day";
import { parseFrequency } from "./habit-frequency.schema";
import { evaluateHabit, type HabitLogFact, type StreakEngineInput } from "./streak-engine";

// The engine runs for every habit of a list on every read: ten years of daily logs must stay far
// under a millisecond per habit. Compare the mean (ms) below with that budget.

const start = dayNumberOf("2016-01-01");
const today = dayNumberOf("2025-12-31");
const tenYearsOfLogs: HabitLogFact[] = [];
for (let day = start; day <= today; day++) {
  // Mostly done, a skip every 17 days, a miss every 29: realistic runs instead of one endless streak.
  if ((day - start) % 29 === 28) continue;
  tenYearsOfLogs.push({
    date: calendarDateOf(day),
    status: (day - start) % 17 === 16 ? "skipped" : "done",
    value: 8,
  });
}

const habitWith = (type: FrequencyType, config: Record<string, unknown>): StreakEngineInput => ({
  frequency: parseFrequency(type, config, "config"),
  startDate: "2016-01-01",
  endDate: null,
  logs: tenYearsOfLogs,
  today: "2025-12-31",
  weekStartsOn: "MON",
});

describe(`ten years of daily logs (${tenYearsOfLogs.length} logs) per habit`, () => {
  for (const [type, config] of [
    [FrequencyType.Daily, {}],
    [FrequencyType.Daily, { target: 8, unit: "glasses" }],
    [FrequencyType.Weekly, { days: ["MON", "WED", "FRI"] }],
    [FrequencyType.EveryNDays, { n: 2 }],
    [FrequencyType.Monthly, { days: [1, 15, 31] }],
    [FrequencyType.TimesPerWeek, { times: 5 }],
    [FrequencyType.TimesPerMonth, { times: 20 }],
  ] as const) {
    const input = habitWith(type, config);
    bench(`${type} ${JSON.stringify(config)}`, () => {
      evaluateHabit(input);
    });
  }
});
