import { z } from "zod";

export const DEFAULT_TASK_HISTORY_PAGE_SIZE = 20;
export const MAX_TASK_HISTORY_PAGE_SIZE = 100;

/** How many of a task's latest history lines one read returns: a long-lived task's history is never read whole. */
export const taskHistoryPageSchema = z.object({
  first: z
    .number()
    .int()
    .min(0, "must not be negative")
    .max(MAX_TASK_HISTORY_PAGE_SIZE, `must be at most ${MAX_TASK_HISTORY_PAGE_SIZE}`)
    .default(DEFAULT_TASK_HISTORY_PAGE_SIZE),
});
export type TaskHistoryPage = z.output<typeof taskHistoryPageSchema>;
