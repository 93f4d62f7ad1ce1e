import { Task } from "@momentum/db";
import { plainRowsReader, type RowOf } from "../reading/plain-rows";

/** Task rows as `em.find(Task, …)` would select them, with what a task read serves (its GraphQL fields and what they are computed from), without creating entities. */
export const findTaskRows = plainRowsReader(Task, {
  scalars: [
    "id",
    "title",
    "description",
    "dueDate",
    "dueOn",
    "dueAt",
    "startOn",
    "durationMinutes",
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
});

/** A task as task lists read it: no entity, nothing tracked. A Task entity is a TaskRow too. */
export type TaskRow = RowOf<typeof findTaskRows>;
