import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit, HabitReminder } from "@momentum/db";
import { requestedReminderList } from "../reminder-lists/reminder-list-input";
import { replaceReminderRows } from "../reminder-lists/reminder-list-rows";
import { type HabitReminderSetting, sameHabitReminderSetting } from "./habit-reminder-input.schema";

// A habit's reminder list (habit_reminders): each a wall-clock time on some weekdays or every due day,
// with the owner's day it last went out on (`remindedOn`). `habits.reminder_time` holds the earliest
// time of the list: what the single `reminderTime` field reads.

/** The reminders of some habits, each habit's in list order. */
export const findHabitReminders = (em: EntityManager, habitIds: readonly string[]) =>
  em.find(HabitReminder, { habit: { $in: [...habitIds] } }, { orderBy: { position: "asc", id: "asc" } });

/**
 * Replaces a habit's reminder list with `settings` (see replaceReminderRows): a reminder set as before
 * keeps today's "sent" mark; a new or edited one is armed, and goes out today if its time has come and
 * the habit is still to do. Returns whether the list changed. A habit just created passes its (empty)
 * `current` list instead of having it read.
 */
export async function replaceHabitReminders(
  tx: EntityManager,
  habit: Habit,
  settings: HabitReminderSetting[],
  current?: HabitReminder[],
): Promise<boolean> {
  const stored = current ?? (await findHabitReminders(tx, [habit.id]));
  const { list, changed } = replaceReminderRows(tx, stored, settings, sameHabitReminderSetting, (setting) =>
    tx.create(HabitReminder, { habit, time: setting.time, days: setting.days }),
  );
  const earliest = list.map((reminder) => reminder.time).sort()[0] ?? null;
  if (earliest?.slice(0, 5) !== habit.reminderTime?.slice(0, 5)) habit.reminderTime = earliest;
  return changed;
}

/** The list a habit input asks for (see requestedReminderList): `reminderTime` is one on every due day. */
export const requestedHabitReminders = (input: {
  reminders?: HabitReminderSetting[] | null;
  reminderTime?: string | null;
}): HabitReminderSetting[] | undefined =>
  requestedReminderList(input, (time: string) => ({ time, days: null }));
