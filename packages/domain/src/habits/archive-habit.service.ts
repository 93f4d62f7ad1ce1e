import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findOwnHabit } from "./habit-access";
import { type HabitChangeOptions } from "./habit-change";

/** Archives a habit: it leaves the default list and takes no more logs. Archiving again changes nothing. */
export async function archiveHabit(
  em: EntityManager,
  userId: string,
  habitId: string,
  options: HabitChangeOptions,
): Promise<Habit> {
  const habit = await transactionalWithReactions(em, async (tx) => {
    const habit = await findOwnHabit(tx, userId, habitId, { forUpdate: true });
    if (habit.isArchived) return habit;
    habit.isArchived = true;
    recordEvent(tx, {
      type: "habit.archived",
      userId,
      aggregateId: habit.id,
      payload: { title: habit.title },
    });
    return habit;
  });
  await options.streakCache.forget(habit.id);
  return habit;
}
