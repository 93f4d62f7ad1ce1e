import { type EntityManager } from "@mikro-orm/postgresql";
import { Task } from "@momentum/db";
import { findOwn } from "../ownership/find-own";

/** One of the user's live tasks, or NOT_FOUND (see findOwn). */
export const findOwnTask = (
  em: EntityManager,
  userId: string,
  taskId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Task> => findOwn(em, Task, "Task", userId, taskId, { ...options, live: { isDeleted: false } });
