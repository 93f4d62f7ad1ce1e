import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal } from "@momentum/db";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findOwnGoal } from "./goal-access";
import { remeasureGoals } from "./linked-goal-refresh";

/**
 * Brings an archived goal back to goals(status) and User.goals. Its progress stood still while it was
 * archived, so it catches up with what its tasks, habits or milestones did meanwhile (and completes if
 * that reached the target), as a resumed goal does. Unarchiving a goal that is not archived changes nothing.
 */
export async function unarchiveGoal(
  em: EntityManager,
  userId: string,
  goalId: string,
  now = new Date(),
): Promise<Goal> {
  return transactionalWithReactions(em, async (tx) => {
    const goal = await findOwnGoal(tx, userId, goalId, { forUpdate: true });
    if (!goal.isArchived) return goal;
    goal.isArchived = false;
    recordEvent(tx, {
      type: "goal.unarchived",
      userId,
      aggregateId: goal.id,
      payload: { title: goal.title },
      occurredAt: now,
    });
    await remeasureGoals(tx, [goal], { cause: "resumed", notes: "unarchived" }, now);
    return goal;
  });
}
