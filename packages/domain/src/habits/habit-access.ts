import { LockMode } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Habit } from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/**
 * A habit is visible only to its owner; anyone else's habit, like a malformed id, does not exist for
 * them. Writers lock the row (`forUpdate`, inside their transaction): every change to a habit's logs
 * holds this lock, so concurrent logs for one habit run one after the other.
 */
export async function findOwnHabit(
  em: EntityManager,
  userId: string,
  habitId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Habit> {
  if (!isUuid(habitId)) throw notFound("Habit");
  const habit = await em.findOne(
    Habit,
    { id: habitId, user: userId },
    options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!habit) throw notFound("Habit");
  return habit;
}
