import { type EntityManager } from "@mikro-orm/postgresql";
import { rollupRowsSql, upsertRollupsSql } from "./daily-user-rollups";

// What the worker learns from user.signed_up and device.registered (rememberUsers), from their rows.
const REBUILD_USERS = `
  insert into analytics_users (user_id, timezone, signed_up_on, platform)
  select coalesce(signed_up.user_id, device.user_id), signed_up.timezone, signed_up.signed_up_on, device.platform
  from (
    select distinct on (user_id) user_id, metadata->>'timezone' as timezone,
      (created_at at time zone (metadata->>'timezone'))::date as signed_up_on
    from user_activity where activity_type = 'user' and action = 'signed_up'
    order by user_id, created_at desc, id desc
  ) signed_up
  full join (
    select distinct on (user_id) user_id, metadata->>'platform' as platform
    from user_activity where activity_type = 'device' and action = 'registered'
    order by user_id, created_at desc, id desc
  ) device on device.user_id = signed_up.user_id
  on conflict (user_id) do update set
    timezone = coalesce(excluded.timezone, analytics_users.timezone),
    signed_up_on = coalesce(excluded.signed_up_on, analytics_users.signed_up_on),
    platform = coalesce(excluded.platform, analytics_users.platform), updated_at = now()`;

// activityDayOf in SQL, for rows written before the column existed.
const FILL_MISSING_DAYS = `
  update user_activity a set day = coalesce(
    case
      when a.activity_type = 'task' and a.action = 'completed' then (a.metadata->>'completedOn')::date
      when a.activity_type = 'habit' and a.action in ('logged', 'skipped', 'unlogged') then (a.metadata->>'date')::date
      when a.activity_type = 'focus' and a.action = 'logged' then (a.metadata->>'loggedOn')::date
      when a.activity_type = 'goal' and a.action = 'progressed' then (a.metadata->>'progressedOn')::date
      when a.activity_type = 'achievement' and a.action = 'unlocked' then (a.metadata->>'earnedOn')::date
    end,
    (a.created_at at time zone coalesce(
      (select users.timezone from analytics_users users where users.user_id = a.user_id), 'UTC'))::date)
  where a.day is null`;

// One month of days at a time, so each statement stays bounded; created_at bounds prune partitions.
const MONTH_ROLLUP = upsertRollupsSql(
  rollupRowsSql(`
    select user_id, day, activity_type, action, entity_id, metadata, created_at, id from user_activity
    where day >= ?::date and day < (?::date + interval '1 month')::date
      and created_at >= (?::date - 1)::timestamp at time zone 'UTC'`),
);

/**
 * Rebuilds the reports' rollups from the activity rows: the users' zones, sign-up days and platforms,
 * the day of rows written before it was recorded, then every user-day's figures, a month per statement.
 * The same figures as the live worker writes (a test holds them equal). Run it after upgrading to the
 * rollups or to repair them; it changes nothing on a second run. Returns how many user-days it wrote.
 */
export async function rebuildDailyRollups(em: EntityManager): Promise<number> {
  await em.fork().execute(REBUILD_USERS, [], "run");
  await em.fork().execute(FILL_MISSING_DAYS, [], "run");
  const months = await em
    .fork()
    .execute<{ month: string }[]>(
      `select distinct to_char(date_trunc('month', day), 'YYYY-MM-DD') as month from user_activity order by 1`,
    );
  let written = 0;
  for (const { month } of months) {
    const result = await em
      .fork()
      .execute<{ affectedRows: number }>(MONTH_ROLLUP, [month, month, month], "run");
    written += result.affectedRows;
  }
  return written;
}
