import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal } from "@momentum/db";
import { recordEvent } from "../events/outbox";
import { findOwnGoal } from "./goal-access";

/**
 * Archives a goal: it leaves goals(status) and User.goals, keeps its progress as it is and takes no more
 * changes. Archiving again changes nothing.
 */
export async function archiveGoal(em: EntityManager, userId: string, goalId: string): Promise<Goal> {
  return em.transactional(async (tx) => {
    const goal = await findOwnGoal(tx, userId, goalId, { forUpdate: true });
    if (goal.isArchived) return goal;
    goal.isArchived = true;
    recordEvent(tx, { type: "goal.archived", userId, aggregateId: goal.id, payload: { title: goal.title } });
    return goal;
  });
}
