import { type NotificationPreferences, readNotificationPreferences } from "../identity/user-settings.schema";

/** Whom a reminder is for, as far as its timing goes: their zone and their notification preferences. */
export interface ReminderRecipient {
  zone: string;
  preferences: NotificationPreferences;
}

/** From a user, or a row with the user's zone and stored preferences. */
export const recipientOf = (user: {
  timezone: string;
  notificationPreferences: unknown;
}): ReminderRecipient => ({
  zone: user.timezone,
  preferences: readNotificationPreferences(user.notificationPreferences),
});
