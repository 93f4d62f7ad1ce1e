import { type EntityManager } from "@mikro-orm/postgresql";
import { type CategoryType } from "@momentum/db";
import { type CategoryRow, findCategoryRows } from "./category-rows";

/** The user's live categories, optionally of one type, by name. */
export function listCategories(
  em: EntityManager,
  userId: string,
  type?: CategoryType | null,
): Promise<CategoryRow[]> {
  return findCategoryRows(
    em,
    { user: userId, isDeleted: false, ...(type ? { type } : {}) },
    { orderBy: { name: "asc", id: "asc" } },
  );
}
