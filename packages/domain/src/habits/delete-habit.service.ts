import { type EntityManager } from "@mikro-orm/postgresql";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findOwnHabit } from "./habit-access";
import { type HabitChangeOptions } from "./habit-change";

/**
 * Deletes a habit for good with its logs, streaks and goal links (the database cascades them). The
 * habit.deleted event names the goals that linked it, so they are measured again without it in the
 * same transaction; achievements already earned stay earned. A foreign or missing habit is NOT_FOUND.
 */
export async function deleteHabit(
  em: EntityManager,
  userId: string,
  habitId: string,
  options: HabitChangeOptions,
): Promise<true> {
  await transactionalWithReactions(em, async (tx) => {
    const habit = await findOwnHabit(tx, userId, habitId, { forUpdate: true });
    const links = await tx.execute<{ goal_id: string }[]>(
      `select goal_id from goal_habits where habit_id = ? order by goal_id`,
      [habit.id],
    );
    recordEvent(tx, {
      type: "habit.deleted",
      userId,
      aggregateId: habit.id,
      payload: {
        title: habit.title,
        frequencyType: habit.frequencyType,
        linkedGoalIds: links.map((link) => link.goal_id),
      },
      occurredAt: options.now,
    });
    tx.remove(habit);
    await tx.flush();
  });
  await options.streakCache.forget(habitId);
  return true;
}
