import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, User } from "@momentum/db";
import { findCategoryRows, type UserLookup } from "@momentum/domain";
import { type Redis } from "@momentum/platform";
import { byIdLoader, entityByIdLoader } from "./entity-loader";
import { createGoalLoaders } from "./goal-loaders";
import { createHabitLoaders } from "./habit-loaders";
import { createTagLoaders } from "./tag-loaders";
import { historyByTaskIdLoaders, subtasksByParentIdLoader } from "./task-loaders";

/** Per-request batch loaders; each area adds the ones its fields need. `now` is the request's instant. */
export function createRequestLoaders(em: EntityManager, redis: Redis, now: Date) {
  const userById = entityByIdLoader(em, User);
  // Every field that needs a user's zone asks here: the viewer is read once per request.
  const users: UserLookup = async (ids) =>
    (await userById.loadMany(ids)).filter((user): user is User => user instanceof User);
  return {
    users,
    categoryById: byIdLoader((ids) => findCategoryRows(em, { id: { $in: ids } })),
    ...createHabitLoaders(em, redis, now, users),
    taskById: entityByIdLoader(em, Task),
    subtasksByParentId: subtasksByParentIdLoader(em),
    historyByTaskId: historyByTaskIdLoaders(em),
    ...createGoalLoaders(em),
    ...createTagLoaders(em),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
