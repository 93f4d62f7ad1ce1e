import { type EntityManager } from "@mikro-orm/postgresql";
import { type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { Task } from "@momentum/db";
import { findPlainRows, type PlainRow } from "../reading/plain-rows";

/** What a task read serves (its GraphQL fields and what they are computed from), no more. */
const taskRowProperties = {
  scalars: [
    "id",
    "title",
    "description",
    "dueDate",
    "priority",
    "status",
    "completedAt",
    "reminderTime",
    "recurrenceRule",
    "metadata",
    "createdAt",
    "updatedAt",
  ],
  relations: ["user", "category", "parentTask"],
} as const;

/** A task as task lists read it: no entity, nothing tracked. A Task entity is a TaskRow too. */
export type TaskRow = PlainRow<
  Task,
  (typeof taskRowProperties.scalars)[number],
  (typeof taskRowProperties.relations)[number]
>;

/** Task rows as `em.find(Task, …)` would select them, without creating entities. */
export const findTaskRows = (
  em: EntityManager,
  where: FilterQuery<Task>,
  options: { orderBy?: QueryOrderMap<Task>; limit?: number } = {},
): Promise<TaskRow[]> => findPlainRows(em, Task, taskRowProperties, where, options);
