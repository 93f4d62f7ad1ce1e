import { type User } from "@momentum/db";
import { type NotificationPreferences, readNotificationPreferences } from "../identity/user-settings.schema";

/** Whom a reminder is for, as far as its timing goes: their zone and their notification preferences. */
export interface ReminderRecipient {
  zone: string;
  preferences: NotificationPreferences;
}

export const recipientOf = (user: Pick<User, "timezone" | "notificationPreferences">): ReminderRecipient => ({
  zone: user.timezone,
  preferences: readNotificationPreferences(user.notificationPreferences),
});
