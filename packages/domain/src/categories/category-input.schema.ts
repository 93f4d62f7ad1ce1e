import { CategoryType } from "@momentum/db";
import { z } from "zod";

export const categoryInputSchema = z.object({
  name: z.string().trim().min(1, "must not be empty").max(50, "must be at most 50 characters"),
  color: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, "must be a colour like #1A2B3C")
    .transform((color) => color.toUpperCase()),
  icon: z
    .string()
    .trim()
    .max(50, "must be at most 50 characters")
    .nullish()
    .transform((icon) => icon || null),
  type: z.enum(CategoryType),
});
export type CategoryInput = z.input<typeof categoryInputSchema>;
