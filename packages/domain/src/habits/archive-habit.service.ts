import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findOwnHabit } from "./habit-access";
import { type HabitChangeOptions } from "./habit-change";

/** Archives a habit: it leaves the default list and takes no more logs. Archiving again changes nothing. */
export const archiveHabit = (
  em: EntityManager,
  userId: string,
  habitId: string,
  options: HabitChangeOptions,
) => setArchived(em, userId, habitId, true, options);

/**
 * Brings an archived habit back: it is listed again, takes logs and reminds again from its next due day
 * (the reminder scheduler reads habits not archived). Unarchiving a habit that is not archived changes
 * nothing.
 */
export const unarchiveHabit = (
  em: EntityManager,
  userId: string,
  habitId: string,
  options: HabitChangeOptions,
) => setArchived(em, userId, habitId, false, options);

async function setArchived(
  em: EntityManager,
  userId: string,
  habitId: string,
  archived: boolean,
  options: HabitChangeOptions,
): Promise<Habit> {
  const habit = await transactionalWithReactions(em, async (tx) => {
    const habit = await findOwnHabit(tx, userId, habitId, { forUpdate: true });
    if (habit.isArchived === archived) return habit;
    habit.isArchived = archived;
    recordEvent(tx, {
      type: archived ? "habit.archived" : "habit.unarchived",
      userId,
      aggregateId: habit.id,
      payload: { title: habit.title },
      occurredAt: options.now,
    });
    return habit;
  });
  await options.streakCache.forget(habit.id);
  return habit;
}
