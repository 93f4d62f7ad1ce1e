import { type HabitProgressFacts } from "../habits/streak-engine";
import { dayNumberOf, weekdayIndexOf, weekdayNames } from "../time/calendar-day";
import { dayBoundsIn, type LocalDate } from "../time/local-day";
import { instantOfWallClock, type LocalTime } from "../time/wall-clock-instant";
import { decideReminder, type ReminderDecision, reminderLatenessLimitMs } from "./reminder-decision";
import { type ReminderRecipient } from "./reminder-recipient";

/** The instant of a habit's reminder on `day`: its wall-clock time in the user's zone, DST-correct. */
export const habitReminderInstant = (day: LocalDate, reminderTime: LocalTime, zone: string): Date =>
  instantOfWallClock(day, reminderTime, zone);

/**
 * Whether a habit's reminder for the user's `today` goes out now, waits, or is skipped (see
 * reminder-decision.ts). The reminder belongs to its day: it never goes out once the day is over.
 */
export function decideHabitReminder(
  habit: { reminderTime: LocalTime },
  today: LocalDate,
  recipient: ReminderRecipient,
  now: Date,
  latenessLimitMs = reminderLatenessLimitMs,
): ReminderDecision {
  const { zone, preferences } = recipient;
  return decideReminder(
    {
      remindAt: habitReminderInstant(today, habit.reminderTime, zone),
      zone,
      quietHours: preferences.quietHours,
      enabled: preferences.habitReminders,
      deliverBefore: dayBoundsIn(zone, today).end,
    },
    now,
    latenessLimitMs,
  );
}

/** Only a habit due today and not done yet is worth a reminder; a skipped day is nothing to remind of. */
export const habitNeedsReminder = (progress: Pick<HabitProgressFacts, "isDueToday" | "isCompletedToday">) =>
  progress.isDueToday && !progress.isCompletedToday;

/** Whether `day` is one of the reminder's weekdays; a reminder without days goes out on every due day. */
export const isReminderDay = (reminder: { days: readonly string[] | null }, day: LocalDate): boolean =>
  !reminder.days || reminder.days.includes(weekdayNames[weekdayIndexOf(dayNumberOf(day))]!);
