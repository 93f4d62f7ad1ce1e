import { DateTime } from "luxon";

// Seed data only: turns a generated day-by-day pattern into logs plus the counters and streak runs
// they imply, so the demo habits start consistent. The product's rules live in the domain's streak engine.

export type Weekday = "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";
const weekdays: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

export type HabitSchedule =
  { kind: "daily" } | { kind: "weekly"; days: Weekday[] } | { kind: "times_per_week"; times: number };

/** What happened on one day: a completion, an explicit skip, or nothing (undefined). */
export type DayOutcome = { done: true } | { skipped: string };

export interface HabitLogDraft {
  completedDate: string;
  skipReason: string | null;
}

export interface StreakRun {
  startDate: string;
  endDate: string;
  length: number;
  isActive: boolean;
}

export interface HabitHistory {
  logs: HabitLogDraft[];
  runs: StreakRun[];
  currentStreak: number;
  longestStreak: number;
  totalCompletions: number;
  lastCompletedDate: string | null;
}

interface Period {
  days: string[];
  required: number;
}

function periodsOf(schedule: HabitSchedule, days: DateTime[]): Period[] {
  switch (schedule.kind) {
    case "daily":
      return days.map((day) => ({ days: [day.toISODate()!], required: 1 }));
    case "weekly":
      return days
        .filter((day) => schedule.days.includes(weekdays[day.weekday - 1]!))
        .map((day) => ({ days: [day.toISODate()!], required: 1 }));
    case "times_per_week": {
      const weeks = new Map<string, string[]>();
      for (const day of days) {
        const weekStart = day.startOf("week").toISODate()!;
        weeks.set(weekStart, [...(weeks.get(weekStart) ?? []), day.toISODate()!]);
      }
      return [...weeks.values()].map((weekDays) => ({ days: weekDays, required: schedule.times }));
    }
  }
}

/**
 * Builds logs and counters for the days from `startDate` to `today` (inclusive, ISO dates).
 * A period is met with enough completions; a period with only skips, or the still-open current
 * period, neither counts nor breaks the streak; any other unmet period ends it.
 */
export function buildHabitHistory(
  schedule: HabitSchedule,
  startDate: string,
  today: string,
  outcomeOn: (date: string) => DayOutcome | undefined,
): HabitHistory {
  const days: DateTime[] = [];
  for (
    let day = DateTime.fromISO(startDate, { zone: "utc" });
    day.toISODate()! <= today;
    day = day.plus({ days: 1 })
  ) {
    days.push(day);
  }
  const outcomes = new Map(days.map((day) => [day.toISODate()!, outcomeOn(day.toISODate()!)]));
  const logs: HabitLogDraft[] = [];
  for (const [date, outcome] of outcomes) {
    if (outcome)
      logs.push({ completedDate: date, skipReason: "skipped" in outcome ? outcome.skipped : null });
  }
  const completions = logs.filter((log) => log.skipReason === null);

  const runs: StreakRun[] = [];
  let run: StreakRun | null = null;
  for (const period of periodsOf(schedule, days)) {
    const done = period.days.filter((date) => outcomes.get(date) && !("skipped" in outcomes.get(date)!));
    const skipped = period.days.some((date) => outcomes.get(date) && "skipped" in outcomes.get(date)!);
    if (done.length >= period.required) {
      run ??= { startDate: done[0]!, endDate: done[0]!, length: 0, isActive: false };
      run.endDate = done[done.length - 1]!;
      run.length += 1;
    } else if (!period.days.includes(today) && !(skipped && done.length === 0) && run) {
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push({ ...run, isActive: true });

  return {
    logs,
    runs,
    currentStreak: runs.find((candidate) => candidate.isActive)?.length ?? 0,
    longestStreak: Math.max(0, ...runs.map((candidate) => candidate.length)),
    totalCompletions: completions.length,
    lastCompletedDate: completions.at(-1)?.completedDate ?? null,
  };
}
