import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric } from "@momentum/db";
import { productivityScore } from "@momentum/domain";

/** One user's calendar day in the daily metrics. */
export interface ProductiveDay {
  userId: string;
  date: string;
}

interface DayTotals extends ProductiveDay {
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
// Every event counted for a day happened on or after it (in some zone): the constant lower bound, the
// earliest day of the set less one, lets PostgreSQL skip the partitions of older months.
export const DAY_TOTALS = `
  with days as (
    select distinct user_id, day from jsonb_to_recordset(?::jsonb) as requested(user_id uuid, day date)
  ),
  day_rows as (
    select days.user_id, days.day, a.activity_type, a.action, a.entity_id, a.metadata, a.created_at, a.id
    from days join user_activity a on a.user_id = days.user_id
    where a.created_at >= (?::date - 1)::timestamp at time zone 'UTC'
      and a.created_at >= (days.day - 1)::timestamp at time zone 'UTC'
      and (
        (a.activity_type = 'task' and a.action = 'completed' and a.metadata->>'completedOn' = days.day::text)
        or (a.activity_type = 'habit' and a.action in ('logged', 'skipped', 'unlogged') and a.metadata->>'date' = days.day::text)
        or (a.activity_type = 'focus' and a.action = 'logged' and a.metadata->>'loggedOn' = days.day::text)
        or (a.activity_type = 'goal' and a.action = 'progressed' and a.metadata->>'progressedOn' = days.day::text)
      )
  ),
  latest_habit_event as (
    select distinct on (user_id, day, entity_id) user_id, day, action, metadata from day_rows
    where activity_type = 'habit' order by user_id, day, entity_id, created_at desc, id desc
  ),
  latest_goal_event as (
    select distinct on (user_id, day, entity_id) user_id, day, entity_id, metadata from day_rows
    where activity_type = 'goal' order by user_id, day, entity_id, created_at desc, id desc
  )
  select
    days.user_id as "userId",
    to_char(days.day, 'YYYY-MM-DD') as date,
    (select count(distinct entity_id) from day_rows d
      where (d.user_id, d.day) = (days.user_id, days.day) and activity_type = 'task')::int as "tasksCompleted",
    (select count(*) from latest_habit_event h
      where (h.user_id, h.day) = (days.user_id, days.day) and action = 'logged' and (metadata->>'counted')::boolean)::int
      as "habitsCompleted",
    (select coalesce(sum((metadata->>'minutes')::int), 0) from day_rows d
      where (d.user_id, d.day) = (days.user_id, days.day) and activity_type = 'focus')::int as "focusTime",
    (select jsonb_object_agg(entity_id, (metadata->>'newProgress')::numeric) from latest_goal_event g
      where (g.user_id, g.day) = (days.user_id, days.day)) as "goalsProgress"
  from days`;

/** The statement's values for a set of days. */
export const dayTotalsValues = (days: readonly ProductiveDay[]) => [
  JSON.stringify(days.map(({ userId, date }) => ({ user_id: userId, day: date }))),
  days.reduce((earliest, day) => (day.date < earliest ? day.date : earliest), days[0]!.date),
];

/**
 * Rewrites the metrics rows of a set of user-days from their activity, in the caller's transaction: one
 * statement for the totals and one for the rows, however many days. Writers of the same user-day take
 * turns (locks until the transaction ends, taken in one order so two batches never deadlock), so the
 * second counts the first's committed rows instead of overwriting its totals.
 */
export async function recomputeProductivityDays(
  em: EntityManager,
  days: readonly ProductiveDay[],
): Promise<void> {
  if (days.length === 0) return;
  const keys = [...new Set(days.map((day) => `productivity:${day.userId}:${day.date}`))].sort();
  await em.execute(
    `select count(pg_advisory_xact_lock(hashtextextended(key, 1)))
     from (select key from jsonb_array_elements_text(?::jsonb) as key order by key) ordered`,
    [JSON.stringify(keys)],
  );
  const totals = await em.execute<DayTotals[]>(DAY_TOTALS, dayTotalsValues(days));
  const now = new Date();
  await em.upsertMany(
    ProductivityMetric,
    totals.map((day) => ({
      userId: day.userId,
      date: day.date,
      tasksCompleted: day.tasksCompleted,
      habitsCompleted: day.habitsCompleted,
      focusTime: day.focusTime,
      goalsProgress: day.goalsProgress,
      productivityScore: productivityScore(day),
      updatedAt: now,
    })),
    { onConflictFields: ["userId", "date"], onConflictExcludeFields: ["id", "createdAt"] },
  );
}

/** One user-day's metrics row, rewritten from that day's activity (see recomputeProductivityDays). */
export const recomputeProductivityDay = (em: EntityManager, userId: string, date: string) =>
  recomputeProductivityDays(em, [{ userId, date }]);
