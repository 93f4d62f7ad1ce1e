import { LockMode } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Habit, HabitLog, User } from "@momentum/db";
import { userDayOf } from "../time/user-day";
import { habitLogFactOf, scheduleOf } from "./habit-evaluation";
import { evaluateFrom } from "./habit-state";
import { storeHabitState } from "./habit-stored-state";
import { calendarOf } from "./user-calendar";

/**
 * Works out every habit's counters, checkpoint and streak rows again from all its logs (archived habits
 * too): after the migration that added checkpoints, after seeding, or after a change of the engine's
 * rules. Habits in id order, one transaction per batch holding their row locks, so a log written
 * meanwhile waits and then resumes from the rebuilt state. Safe to run again; returns how many were rebuilt.
 */
export async function rebuildHabitStates(
  em: EntityManager,
  options: { batchSize?: number; now?: Date } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 100;
  let rebuilt = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await em.fork().transactional(async (tx) => {
      const habits = await tx.find(Habit, after ? { id: { $gt: after } } : {}, {
        orderBy: { id: "asc" },
        limit: batchSize,
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      await rebuildHabits(tx, habits, options.now ?? new Date());
      return habits;
    });
    rebuilt += batch.length;
    if (batch.length < batchSize) return rebuilt;
    after = batch.at(-1)!.id;
  }
}

/**
 * Rebuilds one user's habits in the caller's transaction: their week start changed, so every period
 * boundary and checkpoint of their weekly habits moved.
 */
export async function rebuildUserHabitStates(tx: EntityManager, userId: string, now: Date): Promise<void> {
  const habits = await tx.find(Habit, { user: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  await rebuildHabits(tx, habits, now);
}

async function rebuildHabits(tx: EntityManager, habits: readonly Habit[], now: Date): Promise<void> {
  if (habits.length === 0) return;
  const owners = await tx.find(User, { id: { $in: [...new Set(habits.map((habit) => habit.user.id))] } });
  const calendars = new Map(owners.map((owner) => [owner.id, calendarOf(owner)]));
  const logsOf = new Map<string, HabitLog[]>(habits.map((habit) => [habit.id, []]));
  const logs = await tx.find(
    HabitLog,
    { habit: { $in: [...habits] } },
    { orderBy: { completedDate: "asc" } },
  );
  for (const log of logs) logsOf.get(log.habit.id)!.push(log);
  for (const habit of habits) {
    const calendar = calendars.get(habit.user.id)!;
    const own = logsOf.get(habit.id)!;
    const evaluation = evaluateFrom(
      scheduleOf(habit),
      calendar.weekStartsOn,
      userDayOf(calendar, now),
      null,
      own.map(habitLogFactOf),
      { keep: true },
    );
    await storeHabitState(tx, habit, calendar, null, own, evaluation);
  }
}
