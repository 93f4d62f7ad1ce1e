import { type Goal, GoalStatus } from "@momentum/db";

/**
 * A goal still being pursued (active or paused) whose target date lies before `today`, the owner's
 * calendar day. Completed, abandoned and archived goals are never overdue.
 */
export const isGoalOverdue = (
  goal: Pick<Goal, "status" | "targetDate" | "isArchived">,
  today: string,
): boolean =>
  !goal.isArchived &&
  (goal.status === GoalStatus.Active || goal.status === GoalStatus.Paused) &&
  goal.targetDate != null &&
  goal.targetDate < today;
