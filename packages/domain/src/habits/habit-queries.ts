import { type EntityManager } from "@mikro-orm/postgresql";
import { Habit, HabitLog, Streak } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { findOwnHabit } from "./habit-access";

/** One of the user's habits, archived ones included; NOT_FOUND for anyone else's. */
export const findHabit = (em: EntityManager, userId: string, habitId: string): Promise<Habit> =>
  findOwnHabit(em, userId, habitId);

/** The user's habits, oldest first; archived ones only when asked for. */
export function listHabits(
  em: EntityManager,
  userId: string,
  options: { includeArchived?: boolean | null } = {},
): Promise<Habit[]> {
  return em.find(
    Habit,
    { user: userId, ...(options.includeArchived ? {} : { isArchived: false }) },
    { orderBy: { createdAt: "asc", id: "asc" } },
  );
}

export interface LogRange {
  from?: string | null;
  to?: string | null;
}

/** The logs of several habits between two days (inclusive, either open), oldest first, in one query. */
export async function listHabitLogs(
  em: EntityManager,
  habitIds: readonly string[],
  range: LogRange,
): Promise<Map<string, HabitLog[]>> {
  if (range.from && range.to && range.to < range.from) {
    throw invalidInput([{ field: "to", message: "must not be before from" }]);
  }
  const logs = await em.find(
    HabitLog,
    {
      habit: { $in: [...habitIds] },
      ...(range.from || range.to
        ? {
            completedDate: {
              ...(range.from ? { $gte: range.from } : {}),
              ...(range.to ? { $lte: range.to } : {}),
            },
          }
        : {}),
    },
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
