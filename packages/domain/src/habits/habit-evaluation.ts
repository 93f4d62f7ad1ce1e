import { type Habit } from "@momentum/db";
import { type HabitFrequency, parseFrequency } from "./habit-frequency.schema";
import { type HabitSchedule, readStoredHabitState, resumePointOf } from "./habit-state";
import { targetOf } from "./habit-target";
import { type HabitLogFact } from "./streak-engine";
import { type StreakCheckpoint } from "./streak-checkpoint";
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

export const scheduleOf = (
  habit: Pick<
    Habit,
    "frequencyType" | "frequencyConfig" | "startDate" | "endDate" | "targetValue" | "targetType"
  >,
): HabitSchedule => ({
  frequency: frequencyOf(habit),
  target: targetOf(habit),
  startDate: habit.startDate,
  endDate: habit.endDate ?? null,
});

/**
 * Where evaluating a stored habit on `today` may resume (see resumePointOf); `changedDay` as there.
 * Null: from the habit's start, with all its logs.
 */
export const resumePointOfHabit = (
  habit: Pick<
    Habit,
    | "frequencyType"
    | "frequencyConfig"
    | "startDate"
    | "endDate"
    | "targetValue"
    | "targetType"
    | "streakCheckpoint"
  >,
  calendar: UserCalendar,
  today: string,
  changedDay?: string | null,
): StreakCheckpoint | null =>
  resumePointOf(
    readStoredHabitState(habit.streakCheckpoint),
    scheduleOf(habit),
    calendar.weekStartsOn,
    today,
    changedDay,
  );
