import { z } from "zod";

// The rows of the user data archive (exports/user-data-archive.ts) an import reads back, with the
// database's column names. Columns are optional where an older archive may lack them; a column added to
// the archive is one line here and one in momentum-json.parser.ts.

const id = z.string().min(1);
const text = z.string().nullish();
const day = z.string().nullish();
const instant = z.string().nullish();
const number = z.coerce.number().nullish();

export const archiveCategorySchema = z.object({
  id,
  name: z.string(),
  color: z.string(),
  icon: text,
  type: z.enum(["task", "habit", "goal"]),
  is_deleted: z.boolean().nullish(),
});

const tagIds = z.array(id).default([]);

export const archiveTagSchema = z.object({ id, name: z.string(), color: text });

export const archiveSavedFilterSchema = z.object({
  id,
  name: z.string(),
  filter: z.record(z.string(), z.unknown()),
});

/** A reminder list's rows; archives from before reminder lists have only `reminder_time`. */
const taskReminders = z
  .array(z.object({ at: instant, minutes_before: z.number().int().nullish() }))
  .default([]);
const habitReminders = z
  .array(z.object({ time: z.string(), days: z.array(z.string()).nullish() }))
  .default([]);

export const archiveTaskSchema = z.object({
  id,
  title: z.string(),
  description: text,
  due_date: instant,
  priority: z.number().int().nullish(),
  status: z.enum(["pending", "in_progress", "completed", "cancelled"]).nullish(),
  category_id: id.nullish(),
  parent_task_id: id.nullish(),
  recurrence_rule: z
    .object({
      rrule: z.string(),
      timezone: z.string().nullish(),
      anchor: z.enum(["DUE", "COMPLETION"]).nullish(),
    })
    .nullish(),
  is_deleted: z.boolean().nullish(),
  /** Set while the task is in the trash. */
  deleted_at: instant,
  due_on: day,
  start_on: day,
  duration_minutes: z.number().int().nullish(),
  reminder_time: instant,
  reminders: taskReminders,
  tagIds,
});

export const archiveHabitLogSchema = z.object({
  completed_date: z.string(),
  value: number,
  notes: text,
  mood: z.number().int().nullish(),
  skip_reason: text,
});

export const archiveHabitSchema = z.object({
  id,
  title: z.string(),
  description: text,
  frequency_type: z.string(),
  frequency_config: z.record(z.string(), z.unknown()).nullish(),
  unit: text,
  target_value: z.number().nullish(),
  target_type: text,
  start_date: day,
  end_date: day,
  category_id: id.nullish(),
  reminder_time: text,
  reminders: habitReminders,
  is_archived: z.boolean().nullish(),
  logs: z.array(archiveHabitLogSchema).default([]),
  tagIds,
});

export const archiveGoalSchema = z.object({
  id,
  title: z.string(),
  description: text,
  category_id: id.nullish(),
  start_date: day,
  target_date: day,
  status: z.enum(["active", "paused", "completed", "abandoned"]).nullish(),
  measurement_type: z.string(),
  target_value: number,
  start_value: number,
  current_value: number,
  is_archived: z.boolean().nullish(),
  milestones: z
    .array(z.object({ title: z.string(), target_value: number, due_date: day, completed_at: instant }))
    .default([]),
  linkedTasks: z.array(z.object({ task_id: id })).default([]),
  linkedHabits: z.array(z.object({ habit_id: id })).default([]),
});

/** The archive's frame; each section's rows are read one by one, so one bad row skips only itself. */
export const archiveSchema = z.object({
  format: z.literal("momentum-export"),
  version: z.literal(1),
  categories: z.array(z.unknown()).default([]),
  tags: z.array(z.unknown()).default([]),
  savedFilters: z.array(z.unknown()).default([]),
  tasks: z.array(z.unknown()).default([]),
  habits: z.array(z.unknown()).default([]),
  goals: z.array(z.unknown()).default([]),
});
