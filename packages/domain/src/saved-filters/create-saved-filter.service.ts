import { type EntityManager } from "@mikro-orm/postgresql";
import { SavedFilter } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { assertRoomForOneMore } from "../ownership/per-user-limit";
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
    await assertRoomForOneMore(tx, SavedFilter, userId, MAX_SAVED_FILTERS_PER_USER, "saved filters");
    return tx.create(SavedFilter, { user: userId, name: input.name, filter: input.filter });
  });
}
