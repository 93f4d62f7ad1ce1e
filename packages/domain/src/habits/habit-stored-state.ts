import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit, type HabitLog, Streak } from "@momentum/db";
import { type HabitEvaluation } from "./streak-engine";

/**
 * Writes what the logs imply into the habit's counters and its `streaks` rows, in the caller's unit
 * of work, so SQL reports and lists agree with the engine. Rows are matched by start date, so a run
 * that only grew keeps its id.
 */
export async function storeHabitState(
  em: EntityManager,
  habit: Habit,
  logs: readonly HabitLog[],
  evaluation: HabitEvaluation,
): Promise<void> {
  habit.currentStreak = evaluation.currentStreak;
  habit.longestStreak = evaluation.longestStreak;
  habit.totalCompletions = evaluation.totalCompletions;
  const lastCompleted = logs.find(
    (log) => log.completedDate === evaluation.lastCompletedDate && log.skipReason == null,
  );
  habit.lastCompletedAt = lastCompleted?.completedAt ?? null;

  const rows = await em.find(Streak, { habit });
  const rowByStart = new Map(rows.map((row) => [row.startDate, row]));
  for (const run of evaluation.streaks) {
    const row = rowByStart.get(run.startDate);
    rowByStart.delete(run.startDate);
    if (row) em.assign(row, { endDate: run.endDate, length: run.length, isActive: run.isActive });
    else em.create(Streak, { user: habit.user, habit, ...run });
  }
  for (const stale of rowByStart.values()) em.remove(stale);
}
