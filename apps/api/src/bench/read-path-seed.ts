import { FrequencyType } from "@momentum/db";
import { calendarOf, evaluateFrom, parseFrequency, storedStateOf, userDayOf } from "@momentum/domain";
import { type Pool } from "pg";

/** What one seeded user holds; everything is written with set-based SQL, straight into PostgreSQL. */
export interface ReadPathUserShape {
  label: string;
  /** Top-level tasks; subtasks come on top. */
  tasks: number;
  dueToday: number;
  /** Tasks with three subtasks each (the first half of them are due today). */
  withSubtasks: number;
  /** Most users never cancel a task: without, their CANCELLED list is empty. */
  cancelsTasks: boolean;
  habits: number;
  habitHistoryYears: number;
  goals: number;
}

/** The measured user: 500 tasks (30 due today, 30 with subtasks), 20 habits over 2 years, 10 goals. */
export const BASE_USER: ReadPathUserShape = {
  label: "base",
  tasks: 500,
  dueToday: 30,
  withSubtasks: 30,
  cancelsTasks: true,
  habits: 20,
  habitHistoryYears: 2,
  goals: 10,
};

export interface SeededUser {
  shape: ReadPathUserShape;
  id: string;
  login: string;
}

export const BENCH_PASSWORD = "bench-password-0123";
export const BENCH_ZONE = "Europe/Berlin";

/** Weekly and monthly configurations in the shapes the frequency schemas accept. */
const frequencies: { type: FrequencyType; config: Record<string, unknown> }[] = [
  { type: FrequencyType.Daily, config: {} },
  { type: FrequencyType.Weekly, config: { days: ["MON", "WED", "FRI"] } },
  { type: FrequencyType.TimesPerWeek, config: { times: 3 } },
  { type: FrequencyType.TimesPerMonth, config: { times: 10 } },
  { type: FrequencyType.EveryNDays, config: { n: 2 } },
  { type: FrequencyType.Monthly, config: { days: [1, 15] } },
];

/** Seeds one user; `passwordHash` is computed once by the caller (bcrypt is the slow part). */
export async function seedReadPathUser(
  pool: Pool,
  shape: ReadPathUserShape,
  passwordHash: string,
): Promise<SeededUser> {
  const login = `bench-${shape.label}`;
  const {
    rows: [user],
  } = await pool.query<{ id: string }>(
    `insert into users (email, password_hash, full_name, username, timezone)
     values ($1 || '@bench.test', $2, 'Bench ' || $1, $1, $3) returning id`,
    [login, passwordHash, BENCH_ZONE],
  );
  const userId = user!.id;
  await pool.query(
    `insert into categories (user_id, name, color, type)
     select $1, 'Category ' || i, '#00' || lpad(to_hex(i * 40), 2, '0') || 'AA', 'task' from generate_series(1, 5) i`,
    [userId],
  );
  await seedTasks(pool, userId, shape);
  await seedHabits(pool, userId, shape);
  await seedGoals(pool, userId, shape);
  return { shape, id: userId, login };
}

async function seedTasks(pool: Pool, userId: string, shape: ReadPathUserShape): Promise<void> {
  // Task n: the first `dueToday` are due between 08:00 and 20:00 today in the user's zone; the rest
  // spread over a year around today (every tenth undated), 40% completed, some in progress or cancelled.
  await pool.query(
    `with day as (select (now() at time zone $3)::date as today),
     cats as (select array_agg(id order by name) as ids from categories where user_id = $1)
     insert into tasks (user_id, title, description, due_date, priority, status, category_id, completed_at, created_at)
     select $1, 'Task ' || n, case when n % 3 = 0 then 'Notes for task ' || n end,
       case
         when n <= $4 then ((day.today + time '08:00' + (n % 12) * interval '1 hour') at time zone $3)
         when n % 10 = 0 then null
         else ((day.today + ((n * 37) % 365 - 180) + time '09:00') at time zone $3)
       end,
       n % 5,
       case when n <= $4 then (case when n % 4 = 0 then 'in_progress' else 'pending' end)
            when n % 5 < 2 then 'completed' when $5 and n % 17 = 0 then 'cancelled'
            when n % 7 = 0 then 'in_progress' else 'pending' end,
       case when n % 6 = 0 then null else cats.ids[1 + n % 5] end,
       case when n > $4 and n % 5 < 2 then now() - (n % 300) * interval '1 day' end,
       now() - (n % 400) * interval '1 day'
     from generate_series(1, $2) n, day, cats`,
    [userId, shape.tasks, BENCH_ZONE, shape.dueToday, shape.cancelsTasks],
  );
  const firstWithSubtasks = Math.max(1, Math.floor(shape.dueToday / 2));
  await pool.query(
    `insert into tasks (user_id, title, status, priority, parent_task_id)
     select p.user_id, p.title || ' / step ' || s, case when s = 1 then 'completed' else 'pending' end, 1, p.id
     from (select id, user_id, title from tasks
           where user_id = $1 and parent_task_id is null
           order by (regexp_replace(title, '\\D', '', 'g'))::int
           offset $2 limit $3) p,
          generate_series(1, 3) s`,
    [userId, firstWithSubtasks - 1, shape.withSubtasks],
  );
}

async function seedHabits(pool: Pool, userId: string, shape: ReadPathUserShape): Promise<void> {
  if (shape.habits === 0) return;
  const days = Math.round(shape.habitHistoryYears * 365);
  await pool.query(
    `insert into habits (user_id, title, frequency_type, frequency_config, start_date, created_at)
     select $1, 'Habit ' || i, ($2::text[])[1 + (i - 1) % 6], ($3::jsonb[])[1 + (i - 1) % 6],
       (now() at time zone $5)::date - $4::int, now() - $4::int * interval '1 day' + i * interval '1 second'
     from generate_series(1, $6) i`,
    [
      userId,
      frequencies.map((frequency) => frequency.type),
      frequencies.map((frequency) => JSON.stringify(frequency.config)),
      days,
      BENCH_ZONE,
      shape.habits,
    ],
  );
  // About 70% of days done and 3% skipped, varying by habit, from the start date up to yesterday.
  await pool.query(
    `insert into habit_logs (habit_id, user_id, completed_date, completed_at, skip_reason)
     select h.id, h.user_id, d::date, d + time '19:00', case when r < 3 then 'travelling' end
     from habits h,
          generate_series(h.start_date, (now() at time zone $2)::date - 1, interval '1 day') d,
          lateral (select abs(hashtext(h.id::text || d::text)) % 100 as r) pick
     where h.user_id = $1 and pick.r < 73`,
    [userId, BENCH_ZONE],
  );
  await storeHabitCounters(pool, userId);
}

/** The stored counters and checkpoint as the engine computes them (what a log or skip would have left behind). */
async function storeHabitCounters(pool: Pool, userId: string): Promise<void> {
  const { rows: habits } = await pool.query<{
    id: string;
    frequency_type: FrequencyType;
    frequency_config: unknown;
    start_date: string;
    settings: Record<string, unknown>;
    timezone: string;
    day_start_time: string;
  }>(
    `select h.id, h.frequency_type, h.frequency_config, to_char(h.start_date, 'YYYY-MM-DD') as start_date,
       u.settings, u.timezone, u.day_start_time
     from habits h join users u on u.id = h.user_id where h.user_id = $1`,
    [userId],
  );
  for (const habit of habits) {
    const { rows: logs } = await pool.query<{ date: string; skipped: boolean }>(
      `select to_char(completed_date, 'YYYY-MM-DD') as date, skip_reason is not null as skipped
       from habit_logs where habit_id = $1 order by completed_date`,
      [habit.id],
    );
    const calendar = calendarOf({
      timezone: habit.timezone,
      dayStartTime: habit.day_start_time,
      settings: habit.settings,
    });
    const schedule = {
      frequency: parseFrequency(habit.frequency_type, habit.frequency_config, "frequencyConfig"),
      // The seeded habits are yes/no ones.
      target: null,
      startDate: habit.start_date,
      endDate: null,
    };
    const evaluation = evaluateFrom(
      schedule,
      calendar.weekStartsOn,
      userDayOf(calendar, new Date()),
      null,
      logs.map((log) => ({ date: log.date, status: log.skipped ? "skipped" : "done", value: null })),
      { keep: true },
    );
    await pool.query(
      `update habits set current_streak = $2, longest_streak = $3, total_completions = $4,
         last_completed_at = $5::date + time '19:00', streak_checkpoint = $6
       where id = $1`,
      [
        habit.id,
        evaluation.currentStreak,
        evaluation.longestStreak,
        evaluation.totalCompletions,
        evaluation.lastCompletedDate,
        JSON.stringify(storedStateOf(schedule, calendar.weekStartsOn, evaluation)),
      ],
    );
  }
}

async function seedGoals(pool: Pool, userId: string, shape: ReadPathUserShape): Promise<void> {
  if (shape.goals === 0) return;
  await pool.query(
    `insert into goals (user_id, title, start_date, target_date, status, progress, measurement_type,
       target_value, current_value, created_at)
     select $1, 'Goal ' || i, current_date - 60, current_date + 120, 'active', 100.0 / 3, 'milestones',
       3, 1, now() - i * interval '1 hour'
     from generate_series(1, $2) i`,
    [userId, shape.goals],
  );
  await pool.query(
    `insert into milestones (goal_id, user_id, title, position, completed_at)
     select g.id, g.user_id, g.title || ' / milestone ' || m, m - 1, case when m = 1 then now() end
     from goals g, generate_series(1, 3) m where g.user_id = $1`,
    [userId],
  );
}
