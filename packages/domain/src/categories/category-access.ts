import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, type CategoryType } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { withUniqueName } from "../errors/unique-name";
import { findOwn } from "../ownership/find-own";

/** One of the user's live categories, or NOT_FOUND (see findOwn). */
export const findOwnCategory = (
  em: EntityManager,
  userId: string,
  categoryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Category> =>
  findOwn(em, Category, "Category", userId, categoryId, { ...options, live: { isDeleted: false } });

/** A category can be attached only by its owner, and only to the kind of thing it categorises. */
export async function findAttachableCategory(
  em: EntityManager,
  userId: string,
  categoryId: string,
  type: CategoryType,
  field: string,
): Promise<Category> {
  const category = await em.findOne(Category, { id: categoryId, user: userId, isDeleted: false });
  if (!category) throw invalidInput([{ field, message: "no such category" }]);
  if (category.type !== type) throw invalidInput([{ field, message: `is not a ${type} category` }]);
  return category;
}

/** Runs a write that may give a category a name the user already uses among live ones (CONFLICT on `input.name`). */
export const withUniqueCategoryName = <T>(write: () => Promise<T>): Promise<T> =>
  withUniqueName("category", write);
