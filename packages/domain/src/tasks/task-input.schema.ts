import { Priority } from "@momentum/db";
import { z } from "zod";

export const taskTitleSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(255, "must be at most 255 characters");

export const taskDescriptionSchema = z.string().max(10_000, "must be at most 10000 characters").nullish();

export const createTaskInputSchema = z.object({
  title: taskTitleSchema,
  description: taskDescriptionSchema,
  dueDate: z.date().nullish(),
  priority: z.enum(Priority).default(Priority.None),
  categoryId: z.uuid({ message: "must be an id" }).nullish(),
  parentTaskId: z.uuid({ message: "must be an id" }).nullish(),
  reminderTime: z.date().nullish(),
});
export type CreateTaskInput = z.input<typeof createTaskInputSchema>;
