import { type EntityManager } from "@mikro-orm/postgresql";
import { type HabitLog } from "@momentum/db";
import {
  evaluateHabitsToday,
  type HabitRow,
  HabitStreakCache,
  listHabitLogs,
  type LogRange,
  listStreakRows,
  readHabitStreaks,
  type UserLookup,
} from "@momentum/domain";
import { type Redis } from "@momentum/platform";
import DataLoader from "dataloader";

// Keyed by habit id and version, so a habit changed by a mutation earlier in the same request is read afresh.
const habitVersionKey = (habit: HabitRow) => `${habit.id}@${habit.updatedAt.getTime()}`;

const byHabit = <V>(load: (habits: readonly HabitRow[]) => Promise<Map<string, V>>) =>
  new DataLoader<HabitRow, V, string>(
    async (habits) => {
      const values = await load(habits);
      return habits.map((habit) => values.get(habit.id)!);
    },
    { cacheKeyFn: habitVersionKey },
  );

/** The habit fields that are true for today (as of `now`), batched: one evaluation per habit and request. */
export function createHabitLoaders(em: EntityManager, redis: Redis, now: Date, users: UserLookup) {
  const streakCache = new HabitStreakCache(redis);
  const logLoaders = new Map<string, DataLoader<string, HabitLog[]>>();
  return {
    habitEvaluation: byHabit((habits) => evaluateHabitsToday(em, habits, now, users)),
    habitStreaks: byHabit((habits) => readHabitStreaks(em, streakCache, habits, now, users)),
    streakRows: byHabit((habits) =>
      listStreakRows(
        em,
        habits.map((habit) => habit.id),
      ),
    ),
    /** One loader per requested range and page size, so a list asking the same range costs one query. */
    habitLogsBetween(range: LogRange): DataLoader<string, HabitLog[]> {
      const key = `${range.from ?? ""}..${range.to ?? ""}:${range.first ?? ""}`;
      let loader = logLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(
          async (habitIds) => {
            const logs = await listHabitLogs(em, habitIds, range);
            return habitIds.map((id) => logs.get(id)!);
          },
          { cache: false },
        );
        logLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
