import { type EntityManager } from "@mikro-orm/postgresql";
import { type AchievementFacts } from "./achievement-progress";

/** Fires the deferred triggers of `user_task_counts` now (and for the rest of the transaction). */
const SETTLE_TASK_COUNTS = `set constraints "tasks_count_completed_insert", "tasks_count_completed_delete", "tasks_count_completed_update" immediate`;

/**
 * A user's facts in one round trip. Habit completions are logged days that were not skipped; a
 * measurable habit's day counts once its value reached the target (as the streak engine counts it),
 * which the stored `total_completions` of each habit already says. Completed tasks are counted as they
 * change (`user_task_counts`), so the facts cost the same however long the history.
 */
export async function achievementFactsOf(em: EntityManager, userId: string): Promise<AchievementFacts> {
  // The count follows tasks at commit; inside a transaction, bring it up to this transaction's changes.
  if (em.isInTransaction()) await em.execute(SETTLE_TASK_COUNTS);
  const [facts] = await em.execute<AchievementFacts[]>(
    `select
       coalesce((select tasks_completed from user_task_counts where user_id = ?), 0) as "tasksCompleted",
       (select coalesce(sum(total_completions), 0) from habits where user_id = ?)::int as "habitCompletions",
       (select count(*) from habits where user_id = ?)::int as "habitsCreated",
       (select coalesce(max(longest_streak), 0) from habits where user_id = ?)::int as "longestStreak",
       (select count(*) from goals where user_id = ? and status = 'completed')::int as "goalsCompleted",
       (select coalesce(max(progress), 0) from goals where user_id = ?)::float as "bestGoalProgress"`,
    Array.from({ length: 6 }, () => userId),
  );
  return facts!;
}
