import { LockMode } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Goal, GoalStatus, MeasurementType, User } from "@momentum/db";
import { movesWithProgress } from "./goal-lifecycle";
import { measureGoals } from "./goal-measurement";
import { todayOfUser } from "../time/user-today";
import { calendarOf } from "../habits/user-calendar";
import { applyGoalMeasure, type ProgressCause } from "./goal-progress-change";

/**
 * Measures goals again and moves the ones that move (not paused, abandoned or archived), in the caller's
 * transaction. The caller holds the goals' row locks; pending changes are flushed first so the counts
 * see them.
 */
export async function remeasureGoals(
  tx: EntityManager,
  goals: readonly Goal[],
  change: Omit<ProgressCause, "day">,
  now: Date,
): Promise<void> {
  const moving = goals.filter(movesWithProgress);
  if (moving.length === 0) return;
  await tx.flush();
  // All of one user's goals: the user's day is the same for each.
  const day = await todayOfUser(tx, moving[0]!.user.id, now);
  const { weekStartsOn } = calendarOf(await tx.findOneOrFail(User, moving[0]!.user.id));
  const measures = await measureGoals(tx, moving, { today: day, weekStartsOn });
  for (const goal of moving) applyGoalMeasure(tx, goal, measures.get(goal.id)!, { ...change, day }, now);
}

/** Locks the moving goals of one measurement type among `goalIds`, in id order so two writers never deadlock. */
async function lockMovingGoals(
  tx: EntityManager,
  goalIds: string[],
  measurementType: MeasurementType,
): Promise<Goal[]> {
  if (goalIds.length === 0) return [];
  return tx.find(
    Goal,
    {
      id: { $in: goalIds },
      measurementType,
      isArchived: false,
      status: { $in: [GoalStatus.Active, GoalStatus.Completed] },
    },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: "asc" } },
  );
}

/**
 * Goals measured in tasks that link any of `taskIds` move, in the caller's transaction (the tasks'
 * change, through the goalsMeasuredInTasks reaction); `notes` (which task, what happened) go to the
 * goal_updates rows.
 */
export async function refreshGoalsLinkedToTasks(
  tx: EntityManager,
  taskIds: readonly string[],
  notes: string,
  now = new Date(),
): Promise<void> {
  if (taskIds.length === 0) return;
  const links = await tx.execute<{ goal_id: string }[]>(
    `select distinct goal_id from goal_tasks where task_id in (?)`,
    [[...taskIds]],
  );
  const goals = await lockMovingGoals(
    tx,
    links.map((link) => link.goal_id),
    MeasurementType.Tasks,
  );
  await remeasureGoals(tx, goals, { cause: "task_changed", notes }, now);
}

/**
 * Goals measured in habits among `goalIds` move, in the caller's transaction: those that linked a habit
 * that is gone (the habit.deleted event names them, the links went with the habit).
 */
export async function refreshGoalsThatLinkedHabit(
  tx: EntityManager,
  goalIds: readonly string[],
  notes: string,
  now = new Date(),
): Promise<void> {
  const goals = await lockMovingGoals(tx, [...goalIds], MeasurementType.Habits);
  await remeasureGoals(tx, goals, { cause: "habit_unlinked", notes }, now);
}

/**
 * Goals measured in habits that link the habit move, in the caller's transaction (the change to the
 * habit's logs or schedule, through the goalsMeasuredInHabits reaction).
 */
export async function refreshGoalsLinkedToHabit(
  tx: EntityManager,
  habitId: string,
  notes: string,
  now = new Date(),
): Promise<void> {
  const links = await tx.execute<{ goal_id: string }[]>(
    `select goal_id from goal_habits where habit_id = ?`,
    [habitId],
  );
  const goals = await lockMovingGoals(
    tx,
    links.map((link) => link.goal_id),
    MeasurementType.Habits,
  );
  await remeasureGoals(tx, goals, { cause: "habit_changed", notes }, now);
}
