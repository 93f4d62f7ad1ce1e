import { TaskStatus } from "@momentum/db";
import { z } from "zod";
import { tagIdsSchema } from "../tags/tag-input.schema";

export const MAX_TASK_PAGE_SIZE = 100;

/** The contract's TaskFilter; `dueToday` and `overdue` filter only when true. */
export const taskListFilterSchema = z
  .object({
    status: z.array(z.enum(TaskStatus)).nullish(),
    categoryId: z.uuid({ message: "must be an id" }).nullish(),
    dueFrom: z.date().nullish(),
    dueTo: z.date().nullish(),
    dueToday: z.boolean().nullish(),
    overdue: z.boolean().nullish(),
    parentTaskId: z.uuid({ message: "must be an id" }).nullish(),
    topLevelOnly: z.boolean().nullish(),
    search: z.string().trim().max(200, "must be at most 200 characters").nullish(),
    /** Hides tasks whose startOn is after the user's today; filters only when true. */
    startedOnly: z.boolean().nullish(),
    /** Tasks carrying all of these tags; an empty list filters nothing. */
    tagIds: tagIdsSchema.nullish().transform((ids) => (ids?.length ? ids : undefined)),
  })
  .refine((filter) => !(filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo), {
    message: "must not be after dueTo",
    path: ["dueFrom"],
  })
  .refine((filter) => !(filter.topLevelOnly && filter.parentTaskId), {
    message: "cannot be combined with parentTaskId",
    path: ["topLevelOnly"],
  });
export type TaskListFilter = z.output<typeof taskListFilterSchema>;

export const taskPageRequestSchema = z.object({
  first: z
    .number()
    .int()
    .min(0, "must not be negative")
    .max(MAX_TASK_PAGE_SIZE, `must be at most ${MAX_TASK_PAGE_SIZE}`)
    .default(50),
  after: z.string().max(200).nullish(),
});
export type TaskPageRequest = z.input<typeof taskPageRequestSchema>;
