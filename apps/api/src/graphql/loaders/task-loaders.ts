import { QueryOrder } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { TaskHistory } from "@momentum/db";
import { findTaskRows, type TaskRow } from "@momentum/domain";
import DataLoader from "dataloader";

/** Groups rows by a key, in the order the keys were asked for. */
const groupedBy = <K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] => {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
};

/** Live subtasks of many tasks in one query, each list in the task list's order. */
export const subtasksByParentIdLoader = (em: EntityManager) =>
  new DataLoader<string, TaskRow[]>(async (parentIds) => {
    const rows = await findTaskRows(
      em,
      { parentTask: { $in: [...parentIds] }, isDeleted: false },
      { orderBy: { dueAt: QueryOrder.ASC_NULLS_LAST, id: QueryOrder.ASC } },
    );
    return groupedBy(parentIds, rows, (task) => task.parentTask!.id);
  });

/**
 * The latest `first` history lines of many tasks in one query, newest first: per task, one range of
 * idx_task_history_task_created read backwards, however long its history.
 */
const latestHistoryLoader = (em: EntityManager, first: number) =>
  new DataLoader<string, TaskHistory[]>(async (taskIds) => {
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(
      `select latest.* from unnest(array[?]::uuid[]) as asked(task_id)
       cross join lateral (
         select h.* from task_history h where h.task_id = asked.task_id
          order by h.created_at desc, h.id desc limit ?
       ) latest
       order by latest.task_id, latest.created_at desc, latest.id desc`,
      [taskIds, first],
    );
    const entries = rows.map((row) => em.map(TaskHistory, row));
    return groupedBy(taskIds, entries, (entry) => entry.task.id);
  });

/** One loader per page size asked for in the request (a query asks for one or two at most). */
export function historyByTaskIdLoaders(em: EntityManager) {
  const loaders = new Map<number, DataLoader<string, TaskHistory[]>>();
  return (first: number) => {
    let loader = loaders.get(first);
    if (!loader) loaders.set(first, (loader = latestHistoryLoader(em, first)));
    return loader;
  };
}
