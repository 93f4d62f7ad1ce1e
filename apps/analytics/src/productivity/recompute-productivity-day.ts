import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric } from "@momentum/db";
import { productivityScore } from "@momentum/domain";

interface DayTotals {
  tasksCompleted: number;
  habitsCompleted: number;
  focusTime: number;
  goalsProgress: Record<string, number> | null;
}

// Totals are recomputed from the day's activity rows rather than incremented, so a redelivered,
// reordered or corrected event (a re-logged or deleted habit day) can never make them drift.
// - tasks: distinct tasks completed that day (reopening one later does not un-count the work done);
// - habits: habits whose latest event for that day is a counted completion;
// - focus: minutes of the focus sessions logged for that day;
// - goals: each goal's progress after its last move that day.
export const DAY_TOTALS = `
  with day as (
    select activity_type, action, entity_id, metadata, created_at, id from user_activity
    where user_id = ?
    -- Every event counted for a day happened on or after it (in some zone), so older months are skipped.
    and created_at >= (?::date - 1)::timestamp at time zone 'UTC'
    and (
      (activity_type = 'task' and action = 'completed' and metadata->>'completedOn' = ?)
      or (activity_type = 'habit' and action in ('logged', 'skipped', 'unlogged') and metadata->>'date' = ?)
      or (activity_type = 'focus' and action = 'logged' and metadata->>'loggedOn' = ?)
      or (activity_type = 'goal' and action = 'progressed' and metadata->>'progressedOn' = ?)
    )
  ),
  latest_habit_event as (
    select distinct on (entity_id) action, metadata from day where activity_type = 'habit'
    order by entity_id, created_at desc, id desc
  ),
  latest_goal_event as (
    select distinct on (entity_id) entity_id, metadata from day where activity_type = 'goal'
    order by entity_id, created_at desc, id desc
  )
  select
    (select count(distinct entity_id) from day where activity_type = 'task')::int as "tasksCompleted",
    (select count(*) from latest_habit_event where action = 'logged' and (metadata->>'counted')::boolean)::int
      as "habitsCompleted",
    (select coalesce(sum((metadata->>'minutes')::int), 0) from day where activity_type = 'focus')::int as "focusTime",
    (select jsonb_object_agg(entity_id, (metadata->>'newProgress')::numeric) from latest_goal_event) as "goalsProgress"`;

/**
 * Rewrites one user's metrics row for one calendar day from that day's activity, in the caller's
 * transaction. Two events of the same user and day take turns (a lock until the transaction ends), so
 * the second counts the first's committed row instead of overwriting its total.
 */
export async function recomputeProductivityDay(
  em: EntityManager,
  userId: string,
  date: string,
): Promise<void> {
  await em.execute("select pg_advisory_xact_lock(hashtextextended(?, 1))", [
    `productivity:${userId}:${date}`,
  ]);
  const [totals] = await em.execute<DayTotals[]>(DAY_TOTALS, [userId, date, date, date, date, date]);
  const day = totals!;
  await em.upsert(
    ProductivityMetric,
    {
      userId,
      date,
      tasksCompleted: day.tasksCompleted,
      habitsCompleted: day.habitsCompleted,
      focusTime: day.focusTime,
      goalsProgress: day.goalsProgress,
      productivityScore: productivityScore(day),
      updatedAt: new Date(),
    },
    { onConflictFields: ["userId", "date"], onConflictExcludeFields: ["id", "createdAt"] },
  );
}
