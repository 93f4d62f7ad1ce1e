import { type FrequencyType } from "@momentum/db";
import { type WeekdayName } from "../time/calendar-day";
import { parseFrequency } from "./habit-frequency.schema";
import { evaluateHabit, type HabitLogFact } from "./streak-engine";
import { type HabitTarget } from "./habit-target";

// 2026-03-02 is a Monday.
export interface Case {
  type: FrequencyType;
  config?: Record<string, unknown>;
  /** A numeric habit's target. */
  target?: HabitTarget;
  start: string;
  end?: string;
  today: string;
  done?: string[];
  skipped?: string[];
  values?: Record<string, number>;
  weekStartsOn?: WeekdayName;
}

export function evaluate(scenario: Case) {
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
    target: scenario.target ?? null,
    startDate: scenario.start,
    endDate: scenario.end ?? null,
    logs,
    today: scenario.today,
    weekStartsOn: scenario.weekStartsOn ?? "MON",
  });
}

export const days = (from: string, count: number): string[] => {
  const [year, month, day] = from.split("-").map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day + index)).toISOString().slice(0, 10),
  );
};
