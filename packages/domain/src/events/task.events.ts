import { z } from "zod";
import { defineEvent } from "./event-definition";

/** Priority by name on the wire: the stored SMALLINT is a detail of the main database. */
export const priorityNameSchema = z.enum(["none", "low", "medium", "high", "urgent"]);
export type PriorityName = z.infer<typeof priorityNameSchema>;

const instantSchema = z.iso.datetime({ offset: true });

const taskFacts = z.object({
  title: z.string(),
  priority: priorityNameSchema,
  dueDate: instantSchema.nullable(),
  /** An all-day task's date in the user's calendar (instead of dueDate); absent in events from before it. */
  dueOn: z.iso.date().nullish(),
});

export const taskEvents = {
  "task.created": defineEvent({
    version: 1,
    aggregateType: "task",
    payload: taskFacts.extend({ categoryId: z.uuid().nullable(), parentTaskId: z.uuid().nullable() }),
  }),
  "task.updated": defineEvent({
    version: 1,
    aggregateType: "task",
    payload: taskFacts.extend({ changedFields: z.array(z.string()).min(1) }),
  }),
  "task.completed": defineEvent({
    version: 1,
    aggregateType: "task",
    // completedOn: the user's calendar day of the completion, which the daily metrics count it for.
    payload: taskFacts.extend({ completedAt: instantSchema, completedOn: z.iso.date() }),
  }),
  "task.reopened": defineEvent({ version: 1, aggregateType: "task", payload: taskFacts }),
  "task.deleted": defineEvent({
    version: 1,
    aggregateType: "task",
    payload: z.object({ title: z.string() }),
  }),
  /** Back from the trash (with the subtasks deleted with it, each its own event). */
  "task.restored": defineEvent({ version: 1, aggregateType: "task", payload: taskFacts }),
};
