import { type EntityManager } from "@mikro-orm/postgresql";
import { Habit, HabitLog, Streak } from "@momentum/db";
import { z } from "zod";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { findOwnHabit } from "./habit-access";
import { findHabitRows, type HabitRow } from "./habit-rows";

/** One of the user's habits, archived ones included; NOT_FOUND for anyone else's. */
export const findHabit = (em: EntityManager, userId: string, habitId: string): Promise<Habit> =>
  findOwnHabit(em, userId, habitId);

/** The user's habits, oldest first; archived ones only when asked for. */
export function listHabits(
  em: EntityManager,
  userId: string,
  options: { includeArchived?: boolean | null } = {},
): Promise<HabitRow[]> {
  return findHabitRows(
    em,
    { user: userId, ...(options.includeArchived ? {} : { isArchived: false }) },
    { orderBy: { createdAt: "asc", id: "asc" } },
  );
}

/** The most logs one habit's list returns at once: a year of daily logs, leap day included. */
export const HABIT_LOGS_PAGE_MAX = 366;

const logPageSizeSchema = z
  .int()
  .min(1, `must be between 1 and ${HABIT_LOGS_PAGE_MAX}`)
  .max(HABIT_LOGS_PAGE_MAX, `must be between 1 and ${HABIT_LOGS_PAGE_MAX}`);

export interface LogRange {
  from?: string | null;
  to?: string | null;
  /** At most this many logs per habit, the oldest in the range (default and maximum HABIT_LOGS_PAGE_MAX). */
  first?: number | null;
}

/**
 * The logs of several habits between two days (inclusive, either open), oldest first: per habit the
 * first `first` of the range, so a list never grows with a habit's history. The next page starts the
 * day after the last log returned. Two queries: the page's ids per habit, then their rows.
 */
export async function listHabitLogs(
  em: EntityManager,
  habitIds: readonly string[],
  range: LogRange,
): Promise<Map<string, HabitLog[]>> {
  if (range.from && range.to && range.to < range.from) {
    throw invalidInput([{ field: "to", message: "must not be before from" }]);
  }
  const first = parseInput(logPageSizeSchema, range.first ?? HABIT_LOGS_PAGE_MAX, "first");
  if (habitIds.length === 0) return groupByHabit(habitIds, []);
  const ids = await em.getConnection().execute<{ id: string }[]>(
    `select id from (
       select id, row_number() over (partition by habit_id order by completed_date) as position
       from habit_logs
       where habit_id in (?) and completed_date >= coalesce(?::date, '-infinity') and completed_date <= coalesce(?::date, 'infinity')
     ) page where position <= ?`,
    [[...habitIds], range.from ?? null, range.to ?? null, first],
  );
  const logs =
    ids.length === 0
      ? []
      : await em.find(
          HabitLog,
          { id: { $in: ids.map((row) => row.id) } },
          { orderBy: { completedDate: "asc" } },
        );
  return groupByHabit(habitIds, logs);
}

/** The stored streak runs of several habits, oldest first, in one query. */
export async function listStreakRows(
  em: EntityManager,
  habitIds: readonly string[],
): Promise<Map<string, Streak[]>> {
  const rows = await em.find(Streak, { habit: { $in: [...habitIds] } }, { orderBy: { startDate: "asc" } });
  return groupByHabit(habitIds, rows);
}

function groupByHabit<T extends { habit: { id: string } }>(
  habitIds: readonly string[],
  rows: T[],
): Map<string, T[]> {
  const byHabit = new Map<string, T[]>(habitIds.map((id) => [id, []]));
  for (const row of rows) byHabit.get(row.habit.id)?.push(row);
  return byHabit;
}
