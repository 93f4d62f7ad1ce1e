import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit, HabitLog, Streak } from "@momentum/db";
import { scheduleOf } from "./habit-evaluation";
import { firstRewrittenRunStart, storedStateOf } from "./habit-state";
import { type HabitEvaluation } from "./streak-engine";
import { type StreakCheckpoint } from "./streak-checkpoint";
import { type UserCalendar } from "./user-calendar";

/**
 * Writes what the logs imply into the habit's counters, its checkpoint and its `streaks` rows, in the
 * caller's unit of work, so reads, SQL reports and lists agree with the engine. `evaluation` was walked
 * from `from` (null: from the start) with `keep`; only the rows of runs that walk saw are rewritten,
 * matched by start date, so a run that only grew keeps its id. `logs` are the logs the walk read.
 */
export async function storeHabitState(
  em: EntityManager,
  habit: Habit,
  calendar: UserCalendar,
  from: StreakCheckpoint | null,
  logs: readonly HabitLog[],
  evaluation: HabitEvaluation,
): Promise<void> {
  habit.currentStreak = evaluation.currentStreak;
  habit.longestStreak = evaluation.longestStreak;
  habit.totalCompletions = evaluation.totalCompletions;
  habit.streakCheckpoint = storedStateOf(scheduleOf(habit), calendar.weekStartsOn, evaluation);
  habit.lastCompletedAt = await lastCompletedAt(em, habit, logs, evaluation.lastCompletedDate);

  const boundary = firstRewrittenRunStart(from);
  const rows = await em.find(Streak, { habit, ...(boundary ? { startDate: { $gte: boundary } } : {}) });
  const rowByStart = new Map(rows.map((row) => [row.startDate, row]));
  for (const run of evaluation.streaks) {
    const row = rowByStart.get(run.startDate);
    rowByStart.delete(run.startDate);
    if (row) em.assign(row, { endDate: run.endDate, length: run.length, isActive: run.isActive });
    else em.create(Streak, { user: habit.user, habit, ...run });
  }
  for (const stale of rowByStart.values()) em.remove(stale);
}

/** When the last completion was logged; its log is among `logs` unless it predates the walk. */
async function lastCompletedAt(
  em: EntityManager,
  habit: Habit,
  logs: readonly HabitLog[],
  date: string | null,
): Promise<Date | null> {
  if (date === null) return null;
  const log =
    logs.find((candidate) => candidate.completedDate === date && candidate.skipReason == null) ??
    (await em.findOne(HabitLog, { habit, completedDate: date }));
  return log?.completedAt ?? null;
}
