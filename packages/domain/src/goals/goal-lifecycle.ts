import { type Goal, GoalStatus } from "@momentum/db";
import { FULL_PROGRESS } from "./goal-progress";

/** Paused, abandoned and archived goals keep their progress as it is until they are active again. */
export const movesWithProgress = (goal: Pick<Goal, "status" | "isArchived">): boolean =>
  !goal.isArchived && (goal.status === GoalStatus.Active || goal.status === GoalStatus.Completed);

export type GoalTransition = "completed" | "reopened";

/**
 * The status a moving goal has after its progress changed: reaching 100 completes an active goal, and
 * dropping below 100 from 100 re-opens a completed one. A goal marked completed by hand below 100 stays
 * completed while its progress moves below 100: only a drop from the target undoes a completion.
 */
export function statusAfterProgress(
  status: GoalStatus,
  oldProgress: number,
  newProgress: number,
): { status: GoalStatus; transition: GoalTransition | null } {
  if (status === GoalStatus.Active && newProgress >= FULL_PROGRESS)
    return { status: GoalStatus.Completed, transition: "completed" };
  if (status === GoalStatus.Completed && oldProgress >= FULL_PROGRESS && newProgress < FULL_PROGRESS) {
    return { status: GoalStatus.Active, transition: "reopened" };
  }
  return { status, transition: null };
}
