import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Category } from "@momentum/db";
import { conflict, notFound } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/** Another user's category, a deleted one and a malformed id all do not exist for the caller. */
export async function findOwnCategory(
  em: EntityManager,
  userId: string,
  categoryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Category> {
  if (!isUuid(categoryId)) throw notFound("Category");
  const category = await em.findOne(
    Category,
    { id: categoryId, user: userId, isDeleted: false },
    options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!category) throw notFound("Category");
  return category;
}

/**
 * Runs a write that may give a category a name the user already uses. The partial unique index decides
 * (no check-then-insert race); its violation becomes CONFLICT on `input.name`.
 */
export async function withUniqueCategoryName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict("A category with this name already exists", [{ field: "input.name", message: "is already used" }]);
    }
    throw error;
  }
}
