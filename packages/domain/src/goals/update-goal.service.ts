import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, type Goal, GoalStatus, MeasurementType } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { assertEndNotBeforeStart } from "../time/date-span";
import { findAttachableCategory } from "../categories/category-access";
import { changeGoal } from "./goal-access";
import { type UpdateGoalInput, updateGoalInputSchema } from "./goal-input.schema";
import { setGoalStatus } from "./goal-progress-change";
import { assertValidTargets } from "./goal-targets";
import { remeasureGoals } from "./linked-goal-refresh";

/**
 * Changes the given fields of a goal. A new target (or start) measures the goal again; a status set by
 * hand completes, pauses, abandons or resumes it, and a resumed goal catches up with what its tasks,
 * habits or milestones did while it was paused (and completes if that reached the target). A completed
 * goal still at 100 cannot be made active again (CONFLICT): raise its target instead.
 */
export async function updateGoal(
  em: EntityManager,
  userId: string,
  goalId: string,
  rawInput: UpdateGoalInput,
  now = new Date(),
): Promise<Goal> {
  const input = parseInput(updateGoalInputSchema, rawInput, "input");
  return changeGoal(em, userId, goalId, async (tx, goal) => {
    if (input.title !== undefined) goal.title = input.title;
    if (input.description !== undefined) goal.description = input.description;
    if (input.categoryId !== undefined) {
      goal.category = input.categoryId
        ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Goal, "input.categoryId")
        : null;
    }
    if (input.targetDate !== undefined) {
      assertEndNotBeforeStart(goal.startDate, input.targetDate, "input.targetDate");
      goal.targetDate = input.targetDate;
    }
    const targetsChanged = applyTargets(goal, input);

    const requested = input.status ?? null;
    const wasCompleted = goal.status === GoalStatus.Completed;
    const resuming = requested === GoalStatus.Active && goal.status !== GoalStatus.Active;
    if (resuming) setGoalStatus(tx, goal, GoalStatus.Active, now);
    if (targetsChanged || resuming) {
      const change = targetsChanged
        ? ({ cause: "target_changed", notes: "target changed" } as const)
        : ({ cause: "resumed", notes: "resumed" } as const);
      await remeasureGoals(tx, [goal], change, now);
    }
    // Re-opening a completed goal that is still at its target would only complete it again.
    if (resuming && wasCompleted && goal.status === GoalStatus.Completed) {
      throw conflict("The goal has reached its target: raise the target to keep going");
    }
    // Pausing, abandoning or completing comes after measuring, so the new target's result cannot undo it.
    if (requested !== null && requested !== GoalStatus.Active) setGoalStatus(tx, goal, requested, now);
    return goal;
  });
}

/** Applies a new target or start value after checking the goal's type's rules; true when one changed. */
function applyTargets(goal: Goal, input: ReturnType<typeof updateGoalInputSchema.parse>): boolean {
  if (input.targetValue === undefined && input.startValue === undefined) return false;
  const targetValue = input.targetValue === undefined ? (goal.targetValue ?? null) : input.targetValue;
  const startValue =
    input.startValue === undefined
      ? (goal.startValue ?? null)
      : goal.measurementType === MeasurementType.Numeric
        ? (input.startValue ?? 0)
        : input.startValue;
  assertValidTargets({ measurementType: goal.measurementType, targetValue, startValue }, "input");
  const changed = targetValue !== (goal.targetValue ?? null) || startValue !== (goal.startValue ?? null);
  goal.targetValue = targetValue;
  goal.startValue = startValue;
  return changed;
}
