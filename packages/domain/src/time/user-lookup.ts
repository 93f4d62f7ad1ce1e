import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";

/**
 * Reads users by id, for their zone and calendar settings. A request passes its batched, cached
 * lookup, so its viewer is read once however many fields need "today".
 */
export type UserLookup = (userIds: readonly string[]) => Promise<User[]>;

/** Reads from the database on every call. */
export const usersFrom =
  (em: EntityManager): UserLookup =>
  (userIds) =>
    em.find(User, { id: { $in: [...userIds] } });
