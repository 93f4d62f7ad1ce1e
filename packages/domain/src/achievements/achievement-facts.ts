import { type EntityManager } from "@mikro-orm/postgresql";
import { type AchievementFacts } from "./achievement-progress";

/**
 * A user's facts in one round trip. Habit completions are logged days that were not skipped; a
 * measurable habit's day counts once its value reached the target (as the streak engine counts it),
 * which the stored `total_completions` of each habit already says.
 */
export async function achievementFactsOf(em: EntityManager, userId: string): Promise<AchievementFacts> {
  const [facts] = await em.execute<AchievementFacts[]>(
    `select
       (select count(*) from tasks where user_id = ? and status = 'completed' and not is_deleted)::int as "tasksCompleted",
       (select coalesce(sum(total_completions), 0) from habits where user_id = ?)::int as "habitCompletions",
       (select count(*) from habits where user_id = ?)::int as "habitsCreated",
       (select coalesce(max(longest_streak), 0) from habits where user_id = ?)::int as "longestStreak",
       (select count(*) from goals where user_id = ? and status = 'completed')::int as "goalsCompleted",
       (select coalesce(max(progress), 0) from goals where user_id = ?)::float as "bestGoalProgress"`,
    Array.from({ length: 6 }, () => userId),
  );
  return facts!;
}
