import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric } from "@momentum/db";
import { type LocalTime } from "../time/wall-clock-instant";
import { userDayOf, userDaysOf } from "../time/user-day";

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
 * Habit days count when logged and not skipped. Completed tasks are the kept count, not a count of history.
 */
export async function loadUserStats(
  em: EntityManager,
  analyticsEm: EntityManager,
  user: { id: string; timezone: string; dayStartTime: LocalTime },
  now = new Date(),
): Promise<UserStats> {
  const today = userDayOf(userDaysOf(user), now);
  const [row] = await em
    .getConnection()
    .execute<Record<keyof Omit<UserStats, "productivityScoreToday">, number>[]>(
      `with me as (select ?::uuid as id, ?::date as today)
     select
       coalesce((select c.tasks_completed from user_task_counts c, me where c.user_id = me.id), 0)
         as "tasksCompleted",
       (select count(*) from habit_logs l join habits h on h.id = l.habit_id, me
          where l.user_id = me.id and l.completed_date = me.today and l.skip_reason is null and not h.is_archived)::int
         as "habitsCompletedToday",
       (select count(*) from goals g, me where g.user_id = me.id and g.status = 'active' and not g.is_archived)::int
         as "activeGoals",
       (select coalesce(max(h.longest_streak), 0) from habits h, me where h.user_id = me.id)::int as "longestStreak",
       (select coalesce(sum(a.points), 0) from user_achievements ua join achievements a on a.id = ua.achievement_id, me
          where ua.user_id = me.id and ua.progress >= 100)::int as "points"`,
      [user.id, today],
    );
  const metric = await analyticsEm.findOne(
    ProductivityMetric,
    { userId: user.id, date: today },
    { fields: ["productivityScore"] },
  );
  return { ...row!, productivityScoreToday: metric?.productivityScore ?? null };
}
