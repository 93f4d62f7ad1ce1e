import { type EntityManager } from "@mikro-orm/postgresql";

/** The benchmark's 90 days of activity: 1 August to 29 October 2026. */
export const BENCH_RANGE = { from: "2026-08-01", to: "2026-10-29" };
export const BENCH_USERS = 5_000;

const MONTHS = ["2026_07", "2026_08", "2026_09", "2026_10", "2026_11"];

/** Partitions of the benchmark's months, as the analytics worker keeps them ahead. */
export async function createBenchPartitions(em: EntityManager): Promise<void> {
  for (const month of MONTHS) {
    const [year, number] = month.split("_").map(Number) as [number, number];
    const start = `${year}-${String(number).padStart(2, "0")}-01`;
    await em.execute(
      `create table if not exists "user_activity_p${month}" partition of user_activity
       for values from ('${start}Z') to (('${start}'::date + interval '1 month')::timestamp at time zone 'UTC')`,
    );
  }
}

/** The benchmark's users: UTC, signed up before the range, a quarter on each platform and unknown. */
export const SEED_USERS = `
  insert into analytics_users (user_id, timezone, signed_up_on, platform)
  select md5('user' || u)::uuid, 'UTC', ?::date - 7 + (u % 60),
    (array['ios', 'android', 'web', null])[1 + u % 4]
  from generate_series(0, ${BENCH_USERS - 1}) as u`;

// Activity rows i = first..last as the worker writes them: each user's 90 days in turn (every user is
// active every day once there are more than users x 90 rows), the kind of event by a hash of i: task
// completions (five priorities, due dates on and off time), habit logs (six frequencies, a third under
// target), focus sessions, rare achievements, and task edits that count only as activity.
export const SEED_ACTIVITY = `
  insert into user_activity (id, created_at, user_id, activity_type, entity_type, entity_id, action, metadata, day)
  select gen_random_uuid(), at, user_id,
    case when kind < 3 then 'task' when kind < 5 then 'habit' when kind = 5 then 'focus'
         when kind = 6 and h % 100 = 0 then 'achievement' else 'task' end,
    case when kind < 3 then 'task' when kind < 5 then 'habit' when kind = 5 then 'focus_session'
         when kind = 6 and h % 100 = 0 then 'achievement' else 'task' end,
    case when kind < 5 and kind >= 3 then md5('habit' || user_id || (h % 6))::uuid
         when kind = 6 and h % 100 = 0 then md5('achievement' || (h % 20))::uuid
         else md5('entity' || i)::uuid end,
    case when kind < 3 then 'completed' when kind < 5 then 'logged' when kind = 5 then 'logged'
         when kind = 6 and h % 100 = 0 then 'unlocked' else 'updated' end,
    case
      when kind < 3 then jsonb_build_object('priority', (array['none', 'low', 'medium', 'high', 'urgent'])[1 + h % 5],
        'dueDate', case when h % 2 = 0 then null else to_char(at + (h % 7 - 3) * interval '1 hour', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') end,
        'completedAt', to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'completedOn', day::text)
      when kind < 5 then jsonb_build_object('date', day::text, 'counted', h % 3 <> 0, 'replaced', false,
        'frequencyType', (array['daily', 'weekly', 'times_per_week', 'times_per_month', 'every_n_days', 'monthly'])[1 + h % 6])
      when kind = 5 then jsonb_build_object('minutes', 5 + h % 50, 'loggedOn', day::text)
      when kind = 6 and h % 100 = 0 then jsonb_build_object('points', 10, 'earnedOn', day::text)
      else jsonb_build_object('priority', 'low', 'changedFields', jsonb_build_array('title'))
    end,
    day
  from (
    select i, h, h % 10 as kind, md5('user' || ((i / 90) % ${BENCH_USERS}))::uuid as user_id,
      ?::date + (i % 90)::int as day,
      (?::date + (i % 90)::int)::timestamp at time zone 'UTC' + (h % 86400) * interval '1 second' as at
    from (select i, (i * 2654435761) % 1000003 as h from generate_series(?::bigint, ?::bigint) as i) numbered
  ) rows`;

export const seedActivityValues = (first: number, last: number) => [
  BENCH_RANGE.from,
  BENCH_RANGE.from,
  first,
  last,
];
