import { type EntityManager } from "@mikro-orm/postgresql";
import { findOwnCategory } from "./category-access";

/**
 * Soft-deletes a category: its name becomes free again and whatever was filed under it reads as
 * uncategorised (readers treat a deleted category as none). Deleting it again is NOT_FOUND.
 */
export async function deleteCategory(em: EntityManager, userId: string, categoryId: string): Promise<true> {
  await em.transactional(async (tx) => {
    const category = await findOwnCategory(tx, userId, categoryId, { forUpdate: true });
    category.isDeleted = true;
  });
  return true;
}
