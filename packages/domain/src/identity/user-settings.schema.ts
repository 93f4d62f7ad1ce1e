import { z } from "zod";
import { localTimeSchema } from "../time/local-time.schema";
import { weekdayNames } from "../time/calendar-day";

export const weekdaySchema = z.enum(weekdayNames);

const wallClockTime = localTimeSchema;

/** The app's preferences; unknown keys are refused so typos do not silently do nothing. */
export const userSettingsSchema = z.strictObject({
  /** First day of the user's week: periods of TIMES_PER_WEEK habits and weekly reports start on it. */
  weekStartsOn: weekdaySchema.default("MON"),
  theme: z.enum(["system", "light", "dark"]).default("system"),
  /** BCP 47 language tag for texts the server writes (push notifications). */
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be a language tag such as en or de-DE")
    .default("en"),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

export const notificationPreferencesSchema = z.strictObject({
  /** No push between start and end (the user's wall clock); the range may cross midnight. */
  quietHours: z.strictObject({ start: wallClockTime, end: wallClockTime }).nullable().default(null),
  taskReminders: z.boolean().default(true),
  habitReminders: z.boolean().default(true),
  achievementAlerts: z.boolean().default(true),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** Stored settings with defaults filled in; a stored value that no longer fits falls back to its default. */
export function readUserSettings(stored: unknown): UserSettings {
  const parsed = userSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : userSettingsSchema.parse({});
}

export function readNotificationPreferences(stored: unknown): NotificationPreferences {
  const parsed = notificationPreferencesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : notificationPreferencesSchema.parse({});
}
