import { type EntityManager } from "@mikro-orm/postgresql";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findOwnGoal } from "./goal-access";

/**
 * Deletes a goal for good with its milestones, progress updates and task and habit links (the database
 * cascades them; the tasks and habits stay). Achievements already earned stay earned. A foreign or
 * missing goal is NOT_FOUND.
 */
export async function deleteGoal(
  em: EntityManager,
  userId: string,
  goalId: string,
  now = new Date(),
): Promise<true> {
  await transactionalWithReactions(em, async (tx) => {
    const goal = await findOwnGoal(tx, userId, goalId, { forUpdate: true });
    recordEvent(tx, {
      type: "goal.deleted",
      userId,
      aggregateId: goal.id,
      payload: { title: goal.title, measurementType: goal.measurementType },
      occurredAt: now,
    });
    tx.remove(goal);
    await tx.flush();
  });
  return true;
}
