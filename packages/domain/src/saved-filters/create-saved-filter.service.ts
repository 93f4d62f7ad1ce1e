import { type EntityManager } from "@mikro-orm/postgresql";
import { SavedFilter } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import {
  type CreateSavedFilterInput,
  createSavedFilterInputSchema,
  MAX_SAVED_FILTERS_PER_USER,
} from "./saved-filter-input.schema";

/**
 * Saves a task filter under a name; a filter the task list would refuse is INVALID_INPUT naming the
 * field inside it (`filter.dueFrom`), and a 51st saved filter is CONFLICT.
 */
export async function createSavedFilter(
  em: EntityManager,
  userId: string,
  rawInput: CreateSavedFilterInput,
): Promise<SavedFilter> {
  const input = parseInput(createSavedFilterInputSchema, rawInput);
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`saved-filters:${userId}`]);
    if ((await tx.count(SavedFilter, { user: userId })) >= MAX_SAVED_FILTERS_PER_USER) {
      throw conflict(`A user can keep at most ${MAX_SAVED_FILTERS_PER_USER} saved filters: delete one first`);
    }
    return tx.create(SavedFilter, { user: userId, name: input.name, filter: input.filter });
  });
}
