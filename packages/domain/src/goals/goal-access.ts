import { type EntityManager } from "@mikro-orm/postgresql";
import { Goal } from "@momentum/db";
import { awardReachedAchievements } from "../achievements/refresh-achievements.service";
import { conflict } from "../errors/domain-error";
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
 * awards what the change made the user reach.
 */
export function changeGoal<T>(
  em: EntityManager,
  userId: string,
  goalId: string,
  work: (tx: EntityManager, goal: Goal) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const result = await work(tx, await findChangeableGoal(tx, userId, goalId));
    await awardReachedAchievements(tx, userId);
    return result;
  });
}
