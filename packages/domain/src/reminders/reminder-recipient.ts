import { type NotificationPreferences, readNotificationPreferences } from "../identity/user-settings.schema";
import { MIDNIGHT, type UserDays, userDaysOf } from "../time/user-day";

/** Whom a reminder is for, as far as its timing goes: their zone and their notification preferences. */
export interface ReminderRecipient {
  zone: string;
  /** When the recipient's day begins (HH:MM); midnight when not given. */
  dayStartsAt?: string;
  preferences: NotificationPreferences;
}

/** The recipient's days: a habit reminder belongs to the user's day its wall-clock time falls in. */
export const daysOfRecipient = (recipient: ReminderRecipient): UserDays => ({
  zone: recipient.zone,
  dayStartsAt: recipient.dayStartsAt ?? MIDNIGHT,
});

/** From a user, or a row with the user's zone and stored preferences. */
export const recipientOf = (user: {
  timezone: string;
  dayStartTime?: string;
  notificationPreferences: unknown;
}): ReminderRecipient => ({
  ...userDaysOf({ timezone: user.timezone, dayStartTime: user.dayStartTime ?? MIDNIGHT }),
  preferences: readNotificationPreferences(user.notificationPreferences),
});
