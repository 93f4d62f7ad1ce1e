import { z } from "zod";

/** How many tags one user may have. */
export const MAX_TAGS_PER_USER = 100;

export const tagInputSchema = z.object({
  name: z.string().trim().min(1, "must not be empty").max(50, "must be at most 50 characters"),
  /** Left out, null or empty: no colour. */
  color: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, "must be a colour like #1A2B3C")
    .transform((color) => color.toUpperCase())
    .or(z.literal("").transform(() => null))
    .nullish()
    .transform((color) => color ?? null),
});
export type TagInput = z.input<typeof tagInputSchema>;

/** The tags given to a task or habit (a list that replaces its tags); repeated ids count once. */
export const tagIdsSchema = z
  .array(z.uuid({ message: "must be an id" }))
  .max(MAX_TAGS_PER_USER, `must be at most ${MAX_TAGS_PER_USER} tags`)
  .transform((ids) => [...new Set(ids)]);
