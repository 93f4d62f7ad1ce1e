import { type EntityManager } from "@mikro-orm/postgresql";
import { Goal } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { transactionalWithReactions } from "../events/domain-reactions";
import { findOwn } from "../ownership/find-own";

/** One of the user's goals, archived ones included, or NOT_FOUND (see findOwn). */
export const findOwnGoal = (
  em: EntityManager,
  userId: string,
  goalId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Goal> => findOwn(em, Goal, "Goal", userId, goalId, options);

/** A goal about to change, locked inside the caller's transaction; an archived goal takes no more changes (CONFLICT). */
export async function findChangeableGoal(tx: EntityManager, userId: string, goalId: string): Promise<Goal> {
  const goal = await findOwnGoal(tx, userId, goalId, { forUpdate: true });
  if (goal.isArchived) throw conflict("The goal is archived");
  return goal;
}

/**
 * Runs a change to one goal in its own transaction, with the goal locked (see findChangeableGoal), and
 * the reactions to what it recorded (achievements for a goal that moved or completed).
 */
export function changeGoal<T>(
  em: EntityManager,
  userId: string,
  goalId: string,
  work: (tx: EntityManager, goal: Goal) => Promise<T>,
): Promise<T> {
  return transactionalWithReactions(em, async (tx) => work(tx, await findChangeableGoal(tx, userId, goalId)));
}
