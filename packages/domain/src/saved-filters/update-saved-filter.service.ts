import { type EntityManager } from "@mikro-orm/postgresql";
import { SavedFilter } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { findOwn } from "../ownership/find-own";
import { type UpdateSavedFilterInput, updateSavedFilterInputSchema } from "./saved-filter-input.schema";

/** Renames a saved filter or replaces its filter (checked as when it was saved); left-out parts stay. */
export async function updateSavedFilter(
  em: EntityManager,
  userId: string,
  savedFilterId: string,
  rawInput: UpdateSavedFilterInput,
): Promise<SavedFilter> {
  const input = parseInput(updateSavedFilterInputSchema, rawInput);
  return em.transactional(async (tx) => {
    const saved = await findOwn(tx, SavedFilter, "SavedFilter", userId, savedFilterId, { forUpdate: true });
    if (input.name != null) saved.name = input.name;
    if (input.filter != null) saved.filter = input.filter;
    return saved;
  });
}
