import { z } from "zod";
import { taskListFilterSchema } from "../tasks/task-list-filter.schema";

/** How many saved filters one user may keep. */
export const MAX_SAVED_FILTERS_PER_USER = 50;

export const savedFilterNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

/** The instants of a filter that may come as ISO strings: a stored (or exported) filter holds them so. */
const instantFields = ["dueFrom", "dueTo"] as const;

/** A filter with its ISO instant strings read back as dates, so a stored filter validates as it was saved. */
const withInstants = (filter: Record<string, unknown>): Record<string, unknown> => {
  const revived = { ...filter };
  for (const field of instantFields) {
    const value = revived[field];
    if (typeof value === "string" && z.iso.datetime({ offset: true }).safeParse(value).success) {
      revived[field] = new Date(value);
    }
  }
  return revived;
};

/** A filter is saved as given once the task list would accept it (the list's own schema decides). */
export const savedFilterSchema = z
  .record(z.string(), z.unknown())
  .superRefine((filter, context) => {
    const result = taskListFilterSchema.safeParse(withInstants(filter));
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
