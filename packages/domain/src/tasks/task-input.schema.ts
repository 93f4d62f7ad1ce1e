import { Priority, TaskStatus } from "@momentum/db";
import { z } from "zod";
import { notClearable } from "../errors/zod-fields";
import { recurrenceInputSchema } from "../recurrence/recurrence-input.schema";
import { taskRemindersInputSchema } from "./task-reminder-input.schema";
import { calendarDateSchema } from "../time/calendar-date.schema";
import { tagIdsSchema } from "../tags/tag-input.schema";

export const taskTitleSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(255, "must be at most 255 characters");

export const taskDescriptionSchema = z.string().max(10_000, "must be at most 10000 characters").nullish();

const idSchema = z.uuid({ message: "must be an id" });

export const MAX_TASK_DURATION_MINUTES = 7 * 24 * 60;

/** How long a task takes: whole minutes, at most a week. */
export const taskDurationSchema = z
  .number()
  .int("must be a whole number of minutes")
  .min(1, "must be positive")
  .max(MAX_TASK_DURATION_MINUTES, `must be at most ${MAX_TASK_DURATION_MINUTES} (a week)`);

export const createTaskInputSchema = z.object({
  title: taskTitleSchema,
  description: taskDescriptionSchema,
  dueDate: z.date().nullish(),
  /** Null, like leaving it out, is NONE. */
  priority: z
    .enum(Priority)
    .nullish()
    .transform((priority) => priority ?? Priority.None),
  categoryId: idSchema.nullish(),
  parentTaskId: idSchema.nullish(),
  recurrence: recurrenceInputSchema.nullish(),
  reminderTime: z.date().nullish(),
  /** Replaces the list (null: none); instead of reminderTime, which sets it to one fixed reminder. */
  reminders: taskRemindersInputSchema.nullish(),
  /** An all-day due date (YYYY-MM-DD in the user's calendar), instead of dueDate. */
  dueOn: calendarDateSchema.nullish(),
  startOn: calendarDateSchema.nullish(),
  durationMinutes: taskDurationSchema.nullish(),
  tagIds: tagIdsSchema.nullish(),
});
export type CreateTaskInput = z.input<typeof createTaskInputSchema>;

/** A field left out stays as it is; null clears the fields that may be empty and is refused for the others. */
export const updateTaskInputSchema = z.object({
  title: notClearable(taskTitleSchema),
  description: taskDescriptionSchema,
  dueDate: z.date().nullish(),
  priority: notClearable(z.enum(Priority)),
  status: notClearable(z.enum(TaskStatus)),
  categoryId: idSchema.nullish(),
  parentTaskId: idSchema.nullish(),
  recurrence: recurrenceInputSchema.nullish(),
  reminderTime: z.date().nullish(),
  /** Replaces the list (null: none); instead of reminderTime, which sets it to one fixed reminder. */
  /** Replaces the list; [] removes every reminder. */
  reminders: notClearable(taskRemindersInputSchema),
  dueOn: calendarDateSchema.nullish(),
  startOn: calendarDateSchema.nullish(),
  durationMinutes: taskDurationSchema.nullish(),
  /** Replaces the task's tags; [] removes them all. */
  tagIds: notClearable(tagIdsSchema),
});
export type UpdateTaskInput = z.input<typeof updateTaskInputSchema>;
