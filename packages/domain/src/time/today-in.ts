import { DateTime } from "luxon";

/**
 * The calendar day (YYYY-MM-DD) that `now` falls on in the IANA `zone`, midnight to midnight. A user's
 * day also has their day start: take it from userDayOf (user-day.ts). Everything after works on
 * calendar dates, never on 24-hour steps.
 */
export function todayIn(zone: string, now: Date): string {
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) throw new Error(`Unknown time zone ${zone}`);
  return local.toISODate()!;
}
