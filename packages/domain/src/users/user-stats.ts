import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric } from "@momentum/db";
import { todayIn } from "../time/today-in";

export interface UserStats {
  tasksCompleted: number;
  habitsCompletedToday: number;
  activeGoals: number;
  longestStreak: number;
  /** Points of the achievements earned so far. */
  points: number;
  /** From the analytics database; null until the analytics worker has scored today. */
  productivityScoreToday: number | null;
}

/**
 * The profile's headline numbers in one round trip to each database. "Today" is the user's own day.
 * Habit days count when logged and not skipped.
 */
export async function loadUserStats(
  em: EntityManager,
  analyticsEm: EntityManager,
  user: { id: string; timezone: string },
  now = new Date(),
): Promise<UserStats> {
  const today = todayIn(user.timezone, now);
  const [row] = await em.getConnection().execute<Record<keyof Omit<UserStats, "productivityScoreToday">, number>[]>(
    `select
       (select count(*) from tasks where user_id = :user and status = 'completed' and not is_deleted)::int as "tasksCompleted",
       (select count(*) from habit_logs l join habits h on h.id = l.habit_id
          where l.user_id = :user and l.completed_date = :today and l.skip_reason is null and not h.is_archived)::int
         as "habitsCompletedToday",
       (select count(*) from goals where user_id = :user and status = 'active' and not is_archived)::int as "activeGoals",
       (select coalesce(max(longest_streak), 0) from habits where user_id = :user)::int as "longestStreak",
       (select coalesce(sum(a.points), 0) from user_achievements ua join achievements a on a.id = ua.achievement_id
          where ua.user_id = :user and ua.progress >= 100)::int as "points"`,
    { user: user.id, today } as never,
  );
  const metric = await analyticsEm.findOne(ProductivityMetric, { userId: user.id, date: today }, { fields: ["productivityScore"] });
  return { ...row!, productivityScoreToday: metric?.productivityScore ?? null };
}
