import { type EntityManager } from "@mikro-orm/postgresql";
import { type Streak } from "@momentum/db";
import { userDayOf } from "../time/user-day";
import { type UserLookup, usersFrom } from "../time/user-lookup";
import { resumePointOfHabit, scheduleOf } from "./habit-evaluation";
import { type HabitRow } from "./habit-rows";
import { evaluateFrom } from "./habit-state";
import { type CachedHabitStreak, type HabitStreakCache, streakCacheVersionOf } from "./habit-streak-cache";
import { type HabitEvaluation, type HabitLogFact } from "./streak-engine";
import { type StreakCheckpoint } from "./streak-checkpoint";
import { type UserCalendar, calendarOf } from "./user-calendar";

// Reads are true for today with no nightly job: streaks and progress are evaluated on today's date in
// each owner's zone, resuming from each habit's kept checkpoint (before the last 30 days) with only the
// logs from there on; a habit without a usable one is walked from its start. Lists cost one query for
// the owners and one for the logs.

interface HabitDay {
  calendar: UserCalendar;
  today: string;
}

async function habitDays(
  users: UserLookup,
  habits: readonly HabitRow[],
  now: Date,
): Promise<Map<string, HabitDay>> {
  const ownerIds = [...new Set(habits.map((habit) => habit.user.id))];
  const owners = await users(ownerIds);
  const dayOfOwner = new Map(
    owners.map((owner) => {
      const calendar = calendarOf(owner);
      return [owner.id, { calendar, today: userDayOf(calendar, now) }];
    }),
  );
  return new Map(habits.map((habit) => [habit.id, dayOfOwner.get(habit.user.id)!]));
}

/** The logs of each habit from its day on (all of them for null), as the engine reads them, in one query. */
async function logFactsOf(
  em: EntityManager,
  fromDays: ReadonlyMap<string, string | null>,
): Promise<Map<string, HabitLogFact[]>> {
  const facts = new Map<string, HabitLogFact[]>([...fromDays.keys()].map((id) => [id, []]));
  if (fromDays.size === 0) return facts;
  const arrayLiteral = (values: readonly (string | null)[]) =>
    `{${values.map((value) => value ?? "NULL").join(",")}}`;
  // Plain rows, not entities: only three columns matter. Each habit's range is one index range scan.
  const rows = await em
    .getConnection()
    .execute<{ habit_id: string; date: string; value: number | null; skipped: boolean }[]>(
      `select l.habit_id, to_char(l.completed_date, 'YYYY-MM-DD') as date, l.value::float8 as value,
         l.skip_reason is not null as skipped
       from unnest(?::uuid[], ?::date[]) as wanted(habit_id, from_date)
       join habit_logs l on l.habit_id = wanted.habit_id
         and l.completed_date >= coalesce(wanted.from_date, '-infinity'::date)`,
      [arrayLiteral([...fromDays.keys()]), arrayLiteral([...fromDays.values()])],
    );
  for (const row of rows) {
    facts
      .get(row.habit_id)
      ?.push({ date: row.date, status: row.skipped ? "skipped" : "done", value: row.value });
  }
  return facts;
}

/** Evaluates habits on today in their owners' zones. */
export async function evaluateHabitsToday(
  em: EntityManager,
  habits: readonly HabitRow[],
  now = new Date(),
  users: UserLookup = usersFrom(em),
): Promise<Map<string, HabitEvaluation>> {
  return evaluateOnDays(em, habits, await habitDays(users, habits, now));
}

async function evaluateOnDays(
  em: EntityManager,
  habits: readonly HabitRow[],
  days: Map<string, HabitDay>,
): Promise<Map<string, HabitEvaluation>> {
  const resumePoints = new Map<string, StreakCheckpoint | null>(
    habits.map((habit) => {
      const { calendar, today } = days.get(habit.id)!;
      return [habit.id, resumePointOfHabit(habit, calendar, today)];
    }),
  );
  const logs = await logFactsOf(em, new Map([...resumePoints].map(([id, from]) => [id, from?.day ?? null])));
  return new Map(
    habits.map((habit) => {
      const { calendar, today } = days.get(habit.id)!;
      const from = resumePoints.get(habit.id)!;
      return [
        habit.id,
        evaluateFrom(scheduleOf(habit), calendar.weekStartsOn, today, from, logs.get(habit.id)!),
      ];
    }),
  );
}

/** Streak counters for today, from the Redis cache where it holds an entry for today and this version. */
export async function readHabitStreaks(
  em: EntityManager,
  cache: HabitStreakCache,
  habits: readonly HabitRow[],
  now = new Date(),
  users: UserLookup = usersFrom(em),
): Promise<Map<string, CachedHabitStreak>> {
  const days = await habitDays(users, habits, now);
  const stamps = new Map(
    habits.map((habit) => [
      habit.id,
      { day: days.get(habit.id)!.today, version: streakCacheVersionOf(habit) },
    ]),
  );
  const streaks = await cache.read(stamps);
  const missing = habits.filter((habit) => !streaks.has(habit.id));
  const evaluations = await evaluateOnDays(em, missing, days);
  await Promise.all(
    missing.map((habit) => {
      const evaluation = evaluations.get(habit.id)!;
      const streak = {
        current: evaluation.currentStreak,
        longest: evaluation.longestStreak,
        lastCompleted: evaluation.lastCompletedDate,
      };
      streaks.set(habit.id, streak);
      return cache.write(habit.id, streak, stamps.get(habit.id)!);
    }),
  );
  return streaks;
}

export interface StreakView {
  id: string;
  startDate: string;
  endDate: string | null;
  length: number;
  isActive: boolean;
}

/** The stored streak rows, with the active flag as of today (a streak lapses without any write). */
export function streaksAsOfToday(rows: readonly Streak[], evaluation: HabitEvaluation): StreakView[] {
  const active = evaluation.streaks.find((run) => run.isActive);
  return rows.map((row) => ({
    id: row.id,
    startDate: row.startDate,
    endDate: row.endDate ?? null,
    length: row.length,
    isActive: active !== undefined && row.startDate === active.startDate,
  }));
}
