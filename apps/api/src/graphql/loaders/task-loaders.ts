import { QueryOrder } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, TaskHistory } from "@momentum/db";
import DataLoader from "dataloader";

/** Groups rows by a key, in the order the keys were asked for. */
const groupedBy = <K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] => {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
};

/** Live subtasks of many tasks in one query, each list in the task list's order. */
export const subtasksByParentIdLoader = (em: EntityManager) =>
  new DataLoader<string, Task[]>(async (parentIds) => {
    const rows = await em.find(
      Task,
      { parentTask: { $in: [...parentIds] }, isDeleted: false },
      { orderBy: { dueDate: QueryOrder.ASC_NULLS_LAST, id: QueryOrder.ASC } },
    );
    return groupedBy(parentIds, rows, (task) => task.parentTask!.id);
  });

/** History of many tasks in one query, oldest first. */
export const historyByTaskIdLoader = (em: EntityManager) =>
  new DataLoader<string, TaskHistory[]>(async (taskIds) => {
    const rows = await em.find(
      TaskHistory,
      { task: { $in: [...taskIds] } },
      { orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
    );
    return groupedBy(taskIds, rows, (entry) => entry.task.id);
  });
