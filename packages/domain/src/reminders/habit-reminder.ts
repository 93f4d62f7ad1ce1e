import { type HabitProgressFacts } from "../habits/streak-engine";
import { type LocalDate } from "../time/local-day";
import { instantInUserDay, MIDNIGHT, userDayBounds } from "../time/user-day";
import { type LocalTime } from "../time/wall-clock-instant";
import { decideReminder, type ReminderDecision, reminderLatenessLimitMs } from "./reminder-decision";
import { daysOfRecipient, type ReminderRecipient } from "./reminder-recipient";

/**
 * The instant of a habit's reminder on the user's `day`: its wall-clock time in the user's zone, DST-correct.
 * A time before the day start belongs to the end of the day (01:00 with a 03:00 start: the next night).
 */
export const habitReminderInstant = (
  day: LocalDate,
  reminderTime: LocalTime,
  zone: string,
  dayStartsAt: LocalTime = MIDNIGHT,
): Date => instantInUserDay({ zone, dayStartsAt }, day, reminderTime);

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
  const days = daysOfRecipient(recipient);
  return decideReminder(
    {
      remindAt: habitReminderInstant(today, habit.reminderTime, zone, days.dayStartsAt),
      zone,
      quietHours: preferences.quietHours,
      enabled: preferences.habitReminders,
      deliverBefore: userDayBounds(days, today).end,
    },
    now,
    latenessLimitMs,
  );
}

/** Only a habit due today and not done yet is worth a reminder; a skipped day is nothing to remind of. */
export const habitNeedsReminder = (progress: Pick<HabitProgressFacts, "isDueToday" | "isCompletedToday">) =>
  progress.isDueToday && !progress.isCompletedToday;
