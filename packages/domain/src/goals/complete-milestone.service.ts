import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, MeasurementType, Milestone } from "@momentum/db";
import { transactionalWithReactions } from "../events/domain-reactions";
import { findOwn } from "../ownership/find-own";
import { findChangeableGoal } from "./goal-access";
import { remeasureGoals } from "./linked-goal-refresh";
import { markMilestoneCompleted } from "./milestone-completion";

/**
 * Completes a milestone (milestone.completed) and moves a goal measured in milestones; completing it
 * again changes nothing. Answers with the milestone's goal.
 */
export async function completeMilestone(
  em: EntityManager,
  userId: string,
  milestoneId: string,
  now = new Date(),
): Promise<Goal> {
  return transactionalWithReactions(em, async (tx) => {
    const milestone = await findOwn(tx, Milestone, "Milestone", userId, milestoneId);
    const goal = await findChangeableGoal(tx, userId, milestone.goal.id);
    // Read again under the goal's lock: a concurrent completion may have committed meanwhile.
    await tx.refresh(milestone);
    if (milestone.completedAt) return goal;
    markMilestoneCompleted(tx, goal, milestone, now);
    if (goal.measurementType === MeasurementType.Milestones) {
      const notes = `milestone "${milestone.title}" completed`;
      await remeasureGoals(tx, [goal], { cause: "milestone_completed", notes }, now);
    }
    return goal;
  });
}
