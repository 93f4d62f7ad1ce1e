import { z } from "zod";
import { reminderListSchema } from "../reminder-lists/reminder-list-input";

/** How many reminders a task may have. */
export const MAX_REMINDERS_PER_TASK = 10;

/** How long before the due time a relative reminder may go out: 30 days. */
export const MAX_MINUTES_BEFORE_DUE = 30 * 24 * 60;

/** One reminder of a task: a fixed instant, or minutes before the task's due time; exactly one of the two. */
export const taskReminderInputSchema = z
  .object({
    at: z.date().nullish(),
    minutesBefore: z
      .int("must be a whole number of minutes")
      .min(0, "must not be negative")
      .max(MAX_MINUTES_BEFORE_DUE, `must be at most ${MAX_MINUTES_BEFORE_DUE} (30 days)`)
      .nullish(),
  })
  .refine((reminder) => (reminder.at == null) !== (reminder.minutesBefore == null), {
    message: "give exactly one of at and minutesBefore",
  });
export type TaskReminderInput = z.input<typeof taskReminderInputSchema>;
export type TaskReminderSetting = z.output<typeof taskReminderInputSchema>;

/** Whether two reminders are set the same way (the same instant, or the same minutes before due). */
export const sameTaskReminderSetting = (a: TaskReminderSetting, b: TaskReminderSetting) =>
  (a.at?.getTime() ?? null) === (b.at?.getTime() ?? null) &&
  (a.minutesBefore ?? null) === (b.minutesBefore ?? null);

/** A whole list, as `reminders` of a task input gives it: it replaces the task's list. */
export const taskRemindersInputSchema = reminderListSchema(taskReminderInputSchema, {
  max: MAX_REMINDERS_PER_TASK,
  noun: "task",
  same: sameTaskReminderSetting,
});
