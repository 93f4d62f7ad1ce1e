import { QueryOrder } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, GoalHabit, GoalStatus, GoalTask, GoalUpdate, type Habit, type Task } from "@momentum/db";
import { findOwnGoal } from "./goal-access";
import { findGoalRows, findMilestoneRows, type GoalRow, type MilestoneRow } from "./goal-rows";

/** One of the user's goals, archived ones included; NOT_FOUND for anyone else's. */
export const findGoal = (em: EntityManager, userId: string, goalId: string): Promise<Goal> =>
  findOwnGoal(em, userId, goalId);

/** The user's goals that are not archived, oldest first, optionally of one status. */
export function listGoals(
  em: EntityManager,
  userId: string,
  filter: { status?: GoalStatus | null } = {},
): Promise<GoalRow[]> {
  return findGoalRows(
    em,
    { user: userId, isArchived: false, ...(filter.status ? { status: filter.status } : {}) },
    { orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
  );
}

function groupByGoal<T, R>(
  goalIds: readonly string[],
  rows: R[],
  goalIdOf: (row: R) => string,
  valueOf: (row: R) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(goalIds.map((id) => [id, []]));
  for (const row of rows) groups.get(goalIdOf(row))?.push(valueOf(row));
  return groups;
}

/** Milestones of many goals in one query, in their order. */
export async function listMilestones(
  em: EntityManager,
  goalIds: readonly string[],
): Promise<Map<string, MilestoneRow[]>> {
  const rows = await findMilestoneRows(
    em,
    { goal: { $in: [...goalIds] } },
    { orderBy: { position: QueryOrder.ASC, id: QueryOrder.ASC } },
  );
  return groupByGoal(
    goalIds,
    rows,
    (row) => row.goal.id,
    (row) => row,
  );
}

/** Recorded changes of many goals in one query, oldest first. */
export async function listGoalUpdates(
  em: EntityManager,
  goalIds: readonly string[],
): Promise<Map<string, GoalUpdate[]>> {
  const rows = await em.find(
    GoalUpdate,
    { goal: { $in: [...goalIds] } },
    { orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
  );
  return groupByGoal(
    goalIds,
    rows,
    (row) => row.goal.id,
    (row) => row,
  );
}

/** The live (not deleted) tasks linked to many goals, in one query, in the order they were linked. */
export async function listLinkedTasks(
  em: EntityManager,
  goalIds: readonly string[],
): Promise<Map<string, Task[]>> {
  const links = await em.find(
    GoalTask,
    { goal: { $in: [...goalIds] }, task: { isDeleted: false } },
    { populate: ["task"], orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
  );
  return groupByGoal(
    goalIds,
    links,
    (link) => link.goal.id,
    (link) => link.task,
  );
}

/** The habits linked to many goals (archived ones too: their completions still count), in one query. */
export async function listLinkedHabits(
  em: EntityManager,
  goalIds: readonly string[],
): Promise<Map<string, Habit[]>> {
  const links = await em.find(
    GoalHabit,
    { goal: { $in: [...goalIds] } },
    { populate: ["habit"], orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
  );
  return groupByGoal(
    goalIds,
    links,
    (link) => link.goal.id,
    (link) => link.habit,
  );
}
