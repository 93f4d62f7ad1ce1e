import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, MeasurementType, Milestone } from "@momentum/db";
import { recordEvent } from "../events/outbox";

/** Stamps an open milestone complete with its milestone.completed event, inside the caller's unit of work. */
export function markMilestoneCompleted(tx: EntityManager, goal: Goal, milestone: Milestone, now: Date): void {
  milestone.completedAt = now;
  recordEvent(tx, {
    type: "milestone.completed",
    userId: goal.user.id,
    aggregateId: goal.id,
    payload: { milestoneId: milestone.id, title: milestone.title, completedAt: now.toISOString() },
    occurredAt: now,
  });
}

/**
 * Whether a NUMERIC goal's current value has reached a milestone's value, in the goal's direction: a goal
 * from 80 kg down to 72 kg reaches its 76 kg milestone at 76 or below.
 */
export function hasReachedMilestone(goal: Goal, milestoneValue: number): boolean {
  const goesDown = (goal.targetValue ?? 0) < (goal.startValue ?? 0);
  return goesDown ? goal.currentValue <= milestoneValue : goal.currentValue >= milestoneValue;
}

/**
 * Completes the open milestones of a NUMERIC goal that its current value has reached. A milestone once
 * reached stays complete when the value falls back: it marks a point passed, like a completed task.
 */
export async function completeReachedMilestones(tx: EntityManager, goal: Goal, now: Date): Promise<void> {
  if (goal.measurementType !== MeasurementType.Numeric) return;
  const open = await tx.find(
    Milestone,
    { goal, completedAt: null, targetValue: { $ne: null } },
    { orderBy: { position: "asc" } },
  );
  for (const milestone of open) {
    if (hasReachedMilestone(goal, milestone.targetValue!)) markMilestoneCompleted(tx, goal, milestone, now);
  }
}
