import { z } from "zod";
import { taskListFilterSchema } from "../tasks/task-list-filter.schema";

/** How many saved filters one user may keep. */
export const MAX_SAVED_FILTERS_PER_USER = 50;

export const savedFilterNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

/** A filter is saved as given once the task list would accept it (the list's own schema decides). */
export const savedFilterSchema = z
  .record(z.string(), z.unknown())
  .superRefine((filter, context) => {
    const result = taskListFilterSchema.safeParse(filter);
    result.error?.issues.forEach((issue) => context.addIssue({ ...issue, code: "custom" }));
  })
  // Stored as JSON: instants become ISO strings, left-out fields disappear.
  .transform((filter) => JSON.parse(JSON.stringify(filter)) as Record<string, unknown>);

export const createSavedFilterInputSchema = z.object({
  name: savedFilterNameSchema,
  filter: savedFilterSchema,
});
export type CreateSavedFilterInput = z.input<typeof createSavedFilterInputSchema>;

/** Left out (or null): stays as it is. */
export const updateSavedFilterInputSchema = z.object({
  name: savedFilterNameSchema.nullish(),
  filter: savedFilterSchema.nullish(),
});
export type UpdateSavedFilterInput = z.input<typeof updateSavedFilterInputSchema>;
