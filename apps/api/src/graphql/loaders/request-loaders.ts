import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, Task } from "@momentum/db";
import { type Redis } from "@momentum/platform";
import { entityByIdLoader } from "./entity-loader";
import { createGoalLoaders } from "./goal-loaders";
import { createHabitLoaders } from "./habit-loaders";
import { historyByTaskIdLoader, subtasksByParentIdLoader } from "./task-loaders";

/** Per-request batch loaders; each area adds the ones its fields need. `now` is the request's instant. */
export function createRequestLoaders(em: EntityManager, redis: Redis, now: Date) {
  return {
    categoryById: entityByIdLoader(em, Category),
    ...createHabitLoaders(em, redis, now),
    taskById: entityByIdLoader(em, Task),
    subtasksByParentId: subtasksByParentIdLoader(em),
    historyByTaskId: historyByTaskIdLoader(em),
    ...createGoalLoaders(em),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
