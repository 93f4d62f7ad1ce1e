import { GoalStatus, MeasurementType } from "@momentum/db";
import { z } from "zod";
import { notClearable } from "../errors/zod-fields";
import { taskDescriptionSchema, taskTitleSchema } from "../tasks/task-input.schema";
import { calendarDateSchema } from "../time/calendar-date.schema";

const idSchema = z.uuid({ message: "must be an id" });

/** A measured value: any finite number a person could record (kilograms, kilometres, euros owed). */
export const goalValueSchema = z
  .number()
  .finite()
  .min(-1_000_000_000_000, "must be at least -1e12")
  .max(1_000_000_000_000, "must be at most 1e12");

const notesSchema = z.string().max(2000, "must be at most 2000 characters").nullish();

// Goals take their title and description with the same rules as tasks.
export const createGoalInputSchema = z.object({
  title: taskTitleSchema,
  description: taskDescriptionSchema,
  categoryId: idSchema.nullish(),
  /** Default: today in the user's zone. */
  startDate: calendarDateSchema.nullish(),
  targetDate: calendarDateSchema.nullish(),
  measurementType: z.enum(MeasurementType),
  targetValue: goalValueSchema.nullish(),
  /** NUMERIC only: where measuring begins (default 0); above the target makes a goal that goes down. */
  startValue: goalValueSchema.nullish(),
});
export type CreateGoalInput = z.input<typeof createGoalInputSchema>;

/** Absent fields stay as they are; null clears the fields that may be empty and is refused for the others. */
export const updateGoalInputSchema = z.object({
  title: notClearable(taskTitleSchema),
  description: taskDescriptionSchema,
  categoryId: idSchema.nullish(),
  targetDate: calendarDateSchema.nullish(),
  status: notClearable(z.enum(GoalStatus)),
  targetValue: goalValueSchema.nullish(),
  startValue: goalValueSchema.nullish(),
});
export type UpdateGoalInput = z.input<typeof updateGoalInputSchema>;

export const recordGoalProgressInputSchema = z.object({
  goalId: z.string(),
  value: goalValueSchema,
  notes: notesSchema,
});
export type RecordGoalProgressInput = z.input<typeof recordGoalProgressInputSchema>;

export const milestoneInputSchema = z.object({
  title: taskTitleSchema,
  targetValue: goalValueSchema.nullish(),
  dueDate: calendarDateSchema.nullish(),
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;
