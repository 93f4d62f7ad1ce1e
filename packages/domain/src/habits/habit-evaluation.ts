import { type Habit } from "@momentum/db";
import { type HabitFrequency, parseFrequency } from "./habit-frequency.schema";
import { evaluateHabit, type HabitEvaluation, type HabitLogFact } from "./streak-engine";
import { type UserCalendar } from "./user-calendar";

/** A stored log as the engine sees it: a log with a skip reason is a skipped day. */
export const habitLogFactOf = (log: {
  completedDate: string;
  value?: number | null;
  skipReason?: string | null;
}): HabitLogFact => ({
  date: log.completedDate,
  status: log.skipReason == null ? "done" : "skipped",
  value: log.value ?? null,
});

export const frequencyOf = (habit: Pick<Habit, "frequencyType" | "frequencyConfig">): HabitFrequency =>
  parseFrequency(habit.frequencyType, habit.frequencyConfig, "frequencyConfig");

/** Evaluates a stored habit with its logs on `today` of its owner's calendar. */
export function evaluateStoredHabit(
  habit: Pick<Habit, "frequencyType" | "frequencyConfig" | "startDate" | "endDate">,
  logs: readonly HabitLogFact[],
  calendar: UserCalendar,
  today: string,
): HabitEvaluation {
  return evaluateHabit({
    frequency: frequencyOf(habit),
    startDate: habit.startDate,
    endDate: habit.endDate ?? null,
    logs,
    today,
    weekStartsOn: calendar.weekStartsOn,
  });
}
