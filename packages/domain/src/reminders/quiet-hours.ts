import { DateTime } from "luxon";
import { type NotificationPreferences } from "../identity/user-settings.schema";
import { instantOfWallClock, minutesOfDay } from "../time/wall-clock-instant";

/** The user's quiet hours, on their wall clock; `end` before `start` means the range crosses midnight. */
export type QuietHours = NonNullable<NotificationPreferences["quietHours"]>;

/**
 * Whether `instant` falls inside the quiet hours on the user's wall clock in `zone`: from `start`
 * included to `end` excluded, across midnight when `end` is earlier than `start`. Equal start and end
 * are an empty range, not a whole silent day.
 */
export function isInQuietHours(instant: Date, quietHours: QuietHours | null, zone: string): boolean {
  if (!quietHours) return false;
  const local = DateTime.fromJSDate(instant, { zone });
  const minute = local.hour * 60 + local.minute + local.second / 60;
  const start = minutesOfDay(quietHours.start);
  const end = minutesOfDay(quietHours.end);
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When a reminder set for `instant` is delivered: at once outside the quiet hours, otherwise when the quiet
 * hours it falls into end (the user asked not to be disturbed, not to miss the reminder).
 */
export function deliveryTimeOf(instant: Date, quietHours: QuietHours | null, zone: string): Date {
  if (!quietHours || !isInQuietHours(instant, quietHours, zone)) return instant;
  const local = DateTime.fromJSDate(instant, { zone });
  // Before `end` on the wall clock, the quiet hours end today; after `start` (across midnight), tomorrow.
  const endsToday = local.hour * 60 + local.minute < minutesOfDay(quietHours.end);
  const endDay = endsToday ? local : local.plus({ days: 1 });
  const end = instantOfWallClock(endDay.toISODate()!, quietHours.end, zone);
  // Inside a repeated autumn hour the end's reading may already have passed once: the quiet hours are over.
  return end > instant ? end : instant;
}
