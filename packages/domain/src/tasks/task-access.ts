import { LockMode } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, CategoryType, Task } from "@momentum/db";
import { invalidInput, notFound } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/**
 * A task is visible only to its owner; anyone else's task does not exist for them. Writers lock the
 * row (`forUpdate`, inside their transaction) so two concurrent changes serialise.
 */
export async function findOwnTask(
  em: EntityManager,
  userId: string,
  taskId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Task> {
  if (!isUuid(taskId)) throw notFound("Task");
  const task = await em.findOne(
    Task,
    { id: taskId, user: userId, isDeleted: false },
    options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!task) throw notFound("Task");
  return task;
}

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
