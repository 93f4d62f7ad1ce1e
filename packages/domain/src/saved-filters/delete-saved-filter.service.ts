import { type EntityManager } from "@mikro-orm/postgresql";
import { SavedFilter } from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/** Deletes a saved filter; deleting it again is NOT_FOUND. */
export async function deleteSavedFilter(
  em: EntityManager,
  userId: string,
  savedFilterId: string,
): Promise<true> {
  if (!isUuid(savedFilterId)) throw notFound("SavedFilter");
  if ((await em.nativeDelete(SavedFilter, { id: savedFilterId, user: userId })) === 0) {
    throw notFound("SavedFilter");
  }
  return true;
}
