import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, CategoryType, Task } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { findOwn } from "../ownership/find-own";

/** One of the user's live tasks, or NOT_FOUND (see findOwn). */
export const findOwnTask = (
  em: EntityManager,
  userId: string,
  taskId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Task> => findOwn(em, Task, "Task", userId, taskId, { ...options, live: { isDeleted: false } });

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
