import { type EntityManager } from "@mikro-orm/postgresql";
import { findSavedFilterRows, type SavedFilterRow } from "./saved-filter-rows";

/** The user's saved filters, oldest first (the order they were saved in). */
export function listSavedFilters(em: EntityManager, userId: string): Promise<SavedFilterRow[]> {
  return findSavedFilterRows(em, { user: userId }, { orderBy: { createdAt: "asc", id: "asc" } });
}
