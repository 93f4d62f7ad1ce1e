import { createHash } from "node:crypto";
import { type EntityManager } from "@mikro-orm/postgresql";

/** One user's calendar day in the rollups. */
export interface UserDay {
  userId: string;
  day: string;
}

/**
 * The rollup rows of the user-days whose activity `source` (a CTE body selecting user_activity columns
 * user_id, day, activity_type, action, entity_id, metadata, created_at, id) returns, ready to upsert.
 * The figures are recomputed from the rows, never incremented, so a redelivered, reordered or corrected
 * event cannot make them drift:
 * - tasks: distinct tasks completed that day, by priority, as of their latest completion that day
 *   (with a due date: completed by its instant, or an all-day one by the end of its day, the user's own);
 * - habits: each habit's latest event for that day: recorded (logged or skipped) and counted
 *   completions, by the habit's frequency type ('unknown' for events from before the field);
 * - achievements: unlocked that day, by achievement id; focus: minutes logged for that day;
 * - platform: the user's, from analytics_users, as of this rewrite.
 */
export const rollupRowsSql = (source: string) => `
  with day_rows as (${source}),
  latest_task as (
    select distinct on (user_id, day, entity_id) user_id, day, metadata from day_rows
    where activity_type = 'task' and action = 'completed'
    order by user_id, day, entity_id, created_at desc, id desc
  ),
  task_figures as (
    select user_id, day,
      jsonb_object_agg(priority, completed) as completed,
      coalesce(jsonb_object_agg(priority, due) filter (where due > 0), '{}') as due,
      coalesce(jsonb_object_agg(priority, on_time) filter (where on_time > 0), '{}') as on_time
    from (
      select user_id, day, coalesce(metadata->>'priority', 'none') as priority, count(*)::int as completed,
        count(*) filter (where metadata->>'dueDate' is not null or metadata->>'dueOn' is not null)::int as due,
        count(*) filter (
          where (metadata->>'completedAt')::timestamptz <= (metadata->>'dueDate')::timestamptz
            or (metadata->>'completedOn')::date <= (metadata->>'dueOn')::date
        )::int as on_time
      from latest_task group by 1, 2, 3
    ) by_priority
    group by user_id, day
  ),
  latest_habit as (
    select distinct on (user_id, day, entity_id) user_id, day, action, metadata from day_rows
    where activity_type = 'habit' and action in ('logged', 'skipped', 'unlogged')
    order by user_id, day, entity_id, created_at desc, id desc
  ),
  habit_figures as (
    select user_id, day,
      jsonb_object_agg(frequency, recorded) as recorded,
      coalesce(jsonb_object_agg(frequency, completed) filter (where completed > 0), '{}') as completed
    from (
      select user_id, day, coalesce(metadata->>'frequencyType', 'unknown') as frequency, count(*)::int as recorded,
        count(*) filter (where action = 'logged' and (metadata->>'counted')::boolean)::int as completed
      from latest_habit where action <> 'unlogged' group by 1, 2, 3
    ) by_frequency
    group by user_id, day
  ),
  achievement_figures as (
    select user_id, day, jsonb_object_agg(achievement_id, unlocked) as unlocked
    from (
      select user_id, day, entity_id::text as achievement_id, count(*)::int as unlocked from day_rows
      where activity_type = 'achievement' and action = 'unlocked' group by 1, 2, 3
    ) by_achievement
    group by user_id, day
  ),
  type_figures as (
    select user_id, day, jsonb_object_agg(kind, rows) as by_type
    from (
      select user_id, day, activity_type || '.' || action as kind, count(*)::int as rows from day_rows
      group by 1, 2, 3
    ) by_kind
    group by user_id, day
  ),
  totals as (
    select user_id, day, count(*)::int as activities,
      coalesce(sum((metadata->>'minutes')::int) filter (where activity_type = 'focus' and action = 'logged'), 0)::int
        as focus_minutes
    from day_rows group by user_id, day
  )
  select totals.day, totals.user_id, coalesce(users.platform, 'unknown') as platform, totals.activities,
    type_figures.by_type as activities_by_type,
    coalesce(task_figures.completed, '{}') as tasks_completed, coalesce(task_figures.due, '{}') as tasks_due,
    coalesce(task_figures.on_time, '{}') as tasks_on_time,
    coalesce(habit_figures.recorded, '{}') as habit_days_recorded,
    coalesce(habit_figures.completed, '{}') as habit_days_completed,
    coalesce(achievement_figures.unlocked, '{}') as achievements_unlocked, totals.focus_minutes
  from totals
  join type_figures using (user_id, day)
  left join task_figures using (user_id, day)
  left join habit_figures using (user_id, day)
  left join achievement_figures using (user_id, day)
  left join analytics_users users on users.user_id = totals.user_id`;

/** Upserts the rollup rows a SELECT of rollupRowsSql returns. */
export const upsertRollupsSql = (select: string) => `
  insert into daily_user_rollups (day, user_id, platform, activities, activities_by_type, tasks_completed, tasks_due, tasks_on_time,
    habit_days_recorded, habit_days_completed, achievements_unlocked, focus_minutes)
  ${select}
  on conflict (day, user_id) do update set platform = excluded.platform, activities = excluded.activities,
    activities_by_type = excluded.activities_by_type,
    tasks_completed = excluded.tasks_completed, tasks_due = excluded.tasks_due,
    tasks_on_time = excluded.tasks_on_time, habit_days_recorded = excluded.habit_days_recorded,
    habit_days_completed = excluded.habit_days_completed, achievements_unlocked = excluded.achievements_unlocked,
    focus_minutes = excluded.focus_minutes`;

// Every activity of a day happened on or after it (in some zone): the constant lower bound, the
// earliest day of the set less one, lets PostgreSQL skip the partitions of older months.
export const USER_DAYS_ROLLUP = upsertRollupsSql(
  rollupRowsSql(`
    select a.user_id, a.day, a.activity_type, a.action, a.entity_id, a.metadata, a.created_at, a.id
    from (select distinct user_id, day from jsonb_to_recordset(?::jsonb) as requested(user_id uuid, day date)) days
    join user_activity a on a.user_id = days.user_id and a.day = days.day
    where a.created_at >= (?::date - 1)::timestamp at time zone 'UTC'`),
);

export const userDaysRollupValues = (days: readonly UserDay[]) => [
  JSON.stringify(days.map(({ userId, day }) => ({ user_id: userId, day }))),
  days.reduce((earliest, { day }) => (day < earliest ? day : earliest), days[0]!.day),
];

/**
 * Advisory locks of rollup writers: one per bucket of user-days, not one per user-day, so a batch (or a
 * seeding of months of history in one transaction) holds at most this many locks; PostgreSQL's shared
 * lock table would run out with one lock per user-day. Two user-days in one bucket only take turns.
 */
export const ROLLUP_LOCK_BUCKETS = 256;
const ROLLUP_LOCK_NAMESPACE = 0x726f6c6c; // "roll": the first key of the two-key advisory lock

const lockBucketOf = (userId: string, day: string) =>
  createHash("sha1").update(`${userId}:${day}`).digest().readUInt32BE(0) % ROLLUP_LOCK_BUCKETS;

/**
 * Rewrites the rollup rows of a set of user-days from their activity, in the caller's transaction, in
 * one statement. Writers of the same user-day take turns (bucket locks until the transaction ends, taken
 * in ascending order so two writers never wait on each other), so the second counts the first's
 * committed rows instead of overwriting its figures.
 */
export async function recomputeDailyRollups(em: EntityManager, days: readonly UserDay[]): Promise<void> {
  if (days.length === 0) return;
  const buckets = [...new Set(days.map(({ userId, day }) => lockBucketOf(userId, day)))].sort(
    (a, b) => a - b,
  );
  await em.execute(
    `select count(pg_advisory_xact_lock(?, bucket))
     from (select bucket::int from jsonb_array_elements_text(?::jsonb) as bucket order by 1) ordered`,
    [ROLLUP_LOCK_NAMESPACE, JSON.stringify(buckets)],
  );
  await em.execute(USER_DAYS_ROLLUP, userDaysRollupValues(days), "run");
}
