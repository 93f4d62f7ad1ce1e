import { FrequencyType, HabitTargetType } from "@momentum/db";
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

const habitWith = (
  type: FrequencyType,
  config: Record<string, unknown>,
  target: StreakEngineInput["target"] = null,
): StreakEngineInput => ({
  frequency: parseFrequency(type, config, "config"),
  target,
  startDate: "2016-01-01",
  endDate: null,
  logs: tenYearsOfLogs,
  today: "2025-12-31",
  weekStartsOn: "MON",
});

describe(`ten years of daily logs (${tenYearsOfLogs.length} logs) per habit`, () => {
  for (const [type, config, target] of [
    [FrequencyType.Daily, {}, null],
    [FrequencyType.Daily, {}, { value: 8, type: HabitTargetType.AtLeast }],
    [FrequencyType.TimesPerWeek, { times: 5 }, { value: 30, type: HabitTargetType.AtMost }],
    [FrequencyType.Weekly, { days: ["MON", "WED", "FRI"] }, null],
    [FrequencyType.EveryNDays, { n: 2 }, null],
    [FrequencyType.Monthly, { days: [1, 15, 31] }, null],
    [FrequencyType.TimesPerWeek, { times: 5 }, null],
    [FrequencyType.TimesPerMonth, { times: 20 }, null],
  ] as const) {
    const input = habitWith(type, config, target);
    bench(`${type} ${JSON.stringify(config)} ${JSON.stringify(target ?? null)}`, () => {
      evaluateHabit(input);
    });
  }
});
