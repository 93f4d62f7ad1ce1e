import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, Task } from "@momentum/db";
import { entityByIdLoader } from "./entity-loader";
import { historyByTaskIdLoader, subtasksByParentIdLoader } from "./task-loaders";

/** Per-request batch loaders; each area adds the ones its fields need. */
export function createRequestLoaders(em: EntityManager) {
  return {
    categoryById: entityByIdLoader(em, Category),
    taskById: entityByIdLoader(em, Task),
    subtasksByParentId: subtasksByParentIdLoader(em),
    historyByTaskId: historyByTaskIdLoader(em),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
