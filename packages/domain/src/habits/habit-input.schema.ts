import { FrequencyType, HabitTargetType } from "@momentum/db";
import { z } from "zod";
import { notClearable } from "../errors/zod-fields";
import { taskDescriptionSchema, taskTitleSchema } from "../tasks/task-input.schema";
import { calendarDateSchema } from "../time/calendar-date.schema";
import { habitRemindersInputSchema, reminderTimeSchema } from "./habit-reminder-input.schema";
import { tagIdsSchema } from "../tags/tag-input.schema";

/** Numeric habits (habit-target.ts): what is counted, how much per day or period, and which way. */
const unitSchema = z.string().trim().min(1, "must not be empty").max(30, "must be at most 30 characters");
const targetValueSchema = z
  .number()
  .finite()
  .positive("must be greater than 0")
  .max(1_000_000, "must be at most 1000000");
const targetTypeSchema = z.enum(HabitTargetType);

// Habits take their title and description with the same rules as tasks.
export const createHabitInputSchema = z.object({
  title: taskTitleSchema,
  description: taskDescriptionSchema,
  frequencyType: z.enum(FrequencyType),
  /** Checked against frequencyType by parseFrequency. */
  frequencyConfig: z.record(z.string(), z.unknown()).nullish(),
  startDate: calendarDateSchema.nullish(),
  endDate: calendarDateSchema.nullish(),
  categoryId: z.uuid({ message: "must be an id" }).nullish(),
  reminderTime: reminderTimeSchema.nullish(),
  /** Replaces the list (null: none); instead of reminderTime, which sets it to one reminder on every due day. */
  reminders: habitRemindersInputSchema.nullish(),
  tagIds: tagIdsSchema.nullish(),
  unit: unitSchema.nullish(),
  targetValue: targetValueSchema.nullish(),
  /** Default AT_LEAST. */
  targetType: targetTypeSchema.nullish(),
});
export type CreateHabitInput = z.input<typeof createHabitInputSchema>;

/** Absent fields stay as they are; null clears the fields that may be empty and is refused for the others. */
export const updateHabitInputSchema = z.object({
  title: notClearable(taskTitleSchema),
  description: taskDescriptionSchema,
  frequencyType: notClearable(z.enum(FrequencyType)),
  frequencyConfig: notClearable(z.record(z.string(), z.unknown())),
  endDate: calendarDateSchema.nullish(),
  categoryId: z.uuid({ message: "must be an id" }).nullish(),
  reminderTime: reminderTimeSchema.nullish(),
  /** Replaces the list (null: none); instead of reminderTime, which sets it to one reminder on every due day. */
  /** Replaces the list; [] removes every reminder. */
  reminders: notClearable(habitRemindersInputSchema),
  /** Replaces the habit's tags; [] removes them all. */
  tagIds: notClearable(tagIdsSchema),
  unit: unitSchema.nullish(),
  /** Null makes the habit a yes/no one again. */
  targetValue: targetValueSchema.nullish(),
  targetType: notClearable(targetTypeSchema),
});
export type UpdateHabitInput = z.input<typeof updateHabitInputSchema>;

export const logHabitInputSchema = z.object({
  habitId: z.string(),
  /** Default: today in the user's zone. */
  date: calendarDateSchema.nullish(),
  value: z.number().finite().min(0, "must not be negative").max(1_000_000_000).nullish(),
  notes: z.string().max(2000, "must be at most 2000 characters").nullish(),
  mood: z.int("must be a whole number").min(1, "must be 1..5").max(5, "must be 1..5").nullish(),
  /** True: `value` is added to the day's total (several entries a day) instead of replacing it. */
  add: z.boolean().nullish(),
});
export type LogHabitInput = z.input<typeof logHabitInputSchema>;

export const skipHabitInputSchema = z.object({
  habitId: z.string(),
  date: calendarDateSchema.nullish(),
  reason: z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters"),
});
export type SkipHabitInput = z.input<typeof skipHabitInputSchema>;

export const deleteHabitLogInputSchema = z.object({ habitId: z.string(), date: calendarDateSchema });
export type DeleteHabitLogInput = z.input<typeof deleteHabitLogInputSchema>;
