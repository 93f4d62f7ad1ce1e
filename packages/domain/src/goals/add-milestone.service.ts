import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, MeasurementType, Milestone } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { assertEndNotBeforeStart } from "../time/date-span";
import { changeGoal } from "./goal-access";
import { type MilestoneInput, milestoneInputSchema } from "./goal-input.schema";
import { remeasureGoals } from "./linked-goal-refresh";
import { hasReachedMilestone, markMilestoneCompleted } from "./milestone-completion";

/**
 * Adds an open milestone after the goal's others. A goal measured in milestones moves: a new open one
 * lowers its share, and re-opens it if it was complete. A NUMERIC goal's milestone whose value the goal
 * has already reached is added complete.
 */
export async function addMilestone(
  em: EntityManager,
  userId: string,
  goalId: string,
  rawInput: MilestoneInput,
  now = new Date(),
): Promise<Goal> {
  const input = parseInput(milestoneInputSchema, rawInput, "input");
  return changeGoal(em, userId, goalId, async (tx, goal) => {
    const dueDate = input.dueDate ?? null;
    assertEndNotBeforeStart(goal.startDate, dueDate, "input.dueDate");
    // Milestones are never removed, so the count is the next free position; the goal's lock serialises adds.
    const position = await tx.count(Milestone, { goal });
    const milestone = tx.create(Milestone, {
      goal,
      user: goal.user,
      title: input.title,
      targetValue: input.targetValue ?? null,
      dueDate,
      position,
    });
    const { targetValue } = milestone;
    if (goal.measurementType === MeasurementType.Numeric && targetValue != null) {
      if (hasReachedMilestone(goal, targetValue)) markMilestoneCompleted(tx, goal, milestone, now);
    }
    if (goal.measurementType === MeasurementType.Milestones) {
      await remeasureGoals(
        tx,
        [goal],
        { cause: "milestone_added", notes: `milestone "${input.title}" added` },
        now,
      );
    }
    return goal;
  });
}
