import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, type CategoryType } from "@momentum/db";

/** The user's live categories, optionally of one type, by name. */
export function listCategories(
  em: EntityManager,
  userId: string,
  type?: CategoryType | null,
): Promise<Category[]> {
  return em.find(
    Category,
    { user: userId, isDeleted: false, ...(type ? { type } : {}) },
    { orderBy: { name: "asc", id: "asc" } },
  );
}
