import { z } from "zod";
import { localTimeSchema } from "../time/local-time.schema";
import { reminderListSchema } from "../reminder-lists/reminder-list-input";
import { weekdayNames } from "../time/calendar-day";

/** How many reminders a habit may have. */
export const MAX_REMINDERS_PER_HABIT = 10;

/** A wall-clock time HH:MM in the habit owner's zone. */
export const reminderTimeSchema = localTimeSchema;

/** One reminder of a habit: a time on some weekdays (in week order, once each), or on every due day (null). */
export const habitReminderInputSchema = z.object({
  time: reminderTimeSchema,
  days: z
    .array(
      z.string().refine((day) => (weekdayNames as readonly string[]).includes(day), {
        message: `must be one of ${weekdayNames.join(", ")}`,
      }),
    )
    .min(1, "must name at least one day, or be null for every day the habit is due")
    .nullish()
    .transform((days) => (days ? weekdayNames.filter((day) => days.includes(day)) : null)),
});
export type HabitReminderInput = z.input<typeof habitReminderInputSchema>;
export type HabitReminderSetting = z.output<typeof habitReminderInputSchema>;

/** Whether two reminders are set the same way; stored times carry seconds ("07:30:00"), inputs do not. */
export const sameHabitReminderSetting = (
  a: { time: string; days?: readonly string[] | null },
  b: { time: string; days?: readonly string[] | null },
) =>
  a.time.slice(0, 5) === b.time.slice(0, 5) &&
  JSON.stringify(a.days ?? null) === JSON.stringify(b.days ?? null);

/** A whole list, as `reminders` of a habit input gives it: it replaces the habit's list. */
export const habitRemindersInputSchema = reminderListSchema(habitReminderInputSchema, {
  max: MAX_REMINDERS_PER_HABIT,
  noun: "habit",
  same: sameHabitReminderSetting,
});
