import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Category } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { findOwn } from "../ownership/find-own";

/** One of the user's live categories, or NOT_FOUND (see findOwn). */
export const findOwnCategory = (
  em: EntityManager,
  userId: string,
  categoryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Category> =>
  findOwn(em, Category, "Category", userId, categoryId, { ...options, live: { isDeleted: false } });

/**
 * Runs a write that may give a category a name the user already uses. The partial unique index decides
 * (no check-then-insert race); its violation becomes CONFLICT on `input.name`.
 */
export async function withUniqueCategoryName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict("A category with this name already exists", [
        { field: "input.name", message: "is already used" },
      ]);
    }
    throw error;
  }
}
