import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, GoalStatus, GoalUpdate } from "@momentum/db";
import { type GoalProgressCause } from "../events/goal.events";
import { recordEvent } from "../events/outbox";
import { statusAfterProgress } from "./goal-lifecycle";
import { currentValueOf, type GoalMeasure, progressOf } from "./goal-progress";

export interface ProgressCause {
  /** What moved the goal, as goal.progressed tells it. */
  cause: GoalProgressCause;
  /** The user's calendar day it happened on (see todayOfUser). */
  day: string;
  /** The goal_updates row's notes: what the person wrote, or which task, habit or milestone it was. */
  notes: string | null;
  /** A value recorded by hand leaves its row even when nothing changes: the person said so. */
  recordUnchanged?: boolean;
}

/**
 * Moves a goal to what `measure` says: current value and progress, a goal_updates row and a
 * goal.progressed event when either changed, then completion on reaching 100 or re-opening on a drop
 * from it. Writes into the caller's unit of work; the caller has locked the goal.
 */
export function applyGoalMeasure(
  tx: EntityManager,
  goal: Goal,
  measure: GoalMeasure,
  change: ProgressCause,
  now: Date,
): void {
  const { cause, day, notes, recordUnchanged } = change;
  const oldValue = goal.currentValue;
  const oldProgress = goal.progress;
  const newValue = currentValueOf(measure);
  const newProgress = progressOf(measure);
  const changed = newValue !== oldValue || newProgress !== oldProgress;
  if (changed || recordUnchanged) {
    tx.create(GoalUpdate, { goal, user: goal.user, oldValue, newValue, notes, createdAt: now });
  }
  if (changed) {
    goal.currentValue = newValue;
    goal.progress = newProgress;
    recordEvent(tx, {
      type: "goal.progressed",
      userId: goal.user.id,
      aggregateId: goal.id,
      payload: { oldValue, newValue, oldProgress, newProgress, cause, progressedOn: day },
      occurredAt: now,
    });
  }
  // Also when nothing changed: a goal made active again at 100 is complete.
  const { status, transition } = statusAfterProgress(goal.status, oldProgress, newProgress);
  if (transition === "completed") markCompleted(tx, goal, now);
  if (transition === "reopened") markReopened(tx, goal, status, now);
}

/** A status set by hand: completing stamps completedAt, leaving COMPLETED clears it; each with its event. */
export function setGoalStatus(tx: EntityManager, goal: Goal, status: GoalStatus, now: Date): void {
  if (status === goal.status) return;
  if (status === GoalStatus.Completed) markCompleted(tx, goal, now);
  else if (goal.status === GoalStatus.Completed) markReopened(tx, goal, status, now);
  else goal.status = status;
}

function markCompleted(tx: EntityManager, goal: Goal, now: Date): void {
  goal.status = GoalStatus.Completed;
  goal.completedAt = now;
  recordEvent(tx, {
    type: "goal.completed",
    userId: goal.user.id,
    aggregateId: goal.id,
    payload: { title: goal.title, measurementType: goal.measurementType, completedAt: now.toISOString() },
    occurredAt: now,
  });
}

function markReopened(tx: EntityManager, goal: Goal, status: GoalStatus, now: Date): void {
  goal.status = status;
  goal.completedAt = null;
  recordEvent(tx, {
    type: "goal.reopened",
    userId: goal.user.id,
    aggregateId: goal.id,
    payload: { title: goal.title, progress: goal.progress, status },
    occurredAt: now,
  });
}
