import { DateTime } from "luxon";
import { localTimeSchema } from "./local-time.schema";
import { calendarDateOf, dayNumberOf } from "./calendar-day";
import { type LocalDate } from "./local-day";
import { instantOfWallClock, type LocalTime, minutesOfDay } from "./wall-clock-instant";

/**
 * Where a user's days are: the zone, and the wall-clock time ("HH:MM") each day begins at. The user's
 * day of an instant is the calendar day of its wall clock minus the day start: with a 03:00 start, 01:30
 * on the 6th is still the 5th. This is the one place an instant becomes a user's day.
 */
export interface UserDays {
  zone: string;
  dayStartsAt: LocalTime;
}

export const MIDNIGHT: LocalTime = "00:00";

/** The latest day start accepted: later than noon, most of a "day" would be the calendar's next day. */
export const LATEST_DAY_START: LocalTime = "12:00";

/** A day start as sent by a client: whole minutes, from 00:00 to 12:00. */
export const dayStartSchema = localTimeSchema.refine((time) => time <= LATEST_DAY_START, {
  message: `must be between 00:00 and ${LATEST_DAY_START}`,
});

/** A user's zone and day start, from the user row (a `time` column reads back as HH:MM:SS). */
export function userDaysOf(user: { timezone: string; dayStartTime: LocalTime }): UserDays {
  return { zone: user.timezone, dayStartsAt: user.dayStartTime.slice(0, 5) };
}

/** The user's day (YYYY-MM-DD) that `instant` falls on. */
export function userDayOf(days: UserDays, instant: Date): LocalDate {
  const local = DateTime.fromJSDate(instant, { zone: days.zone });
  if (!local.isValid) throw new Error(`Unknown time zone ${days.zone}`);
  const date = local.toISODate()!;
  const beforeDayStart = local.hour * 60 + local.minute < minutesOfDay(days.dayStartsAt);
  return beforeDayStart ? calendarDateOf(dayNumberOf(date) - 1) : date;
}

/**
 * The instant at which the user's wall clock reads `time` within their `day`: a time before the day
 * start belongs to the end of the day, on the next calendar date (01:00 of the 5th, with a 03:00 start,
 * is 01:00 on the 6th). DST as in instantOfWallClock.
 */
export function instantInUserDay(days: UserDays, day: LocalDate, time: LocalTime): Date {
  const date =
    minutesOfDay(time) < minutesOfDay(days.dayStartsAt) ? calendarDateOf(dayNumberOf(day) + 1) : day;
  return instantOfWallClock(date, time, days.zone);
}

/** The first instant of the user's `day`: when its wall clock first reads the day start or later. */
function startOfUserDay(days: UserDays, day: LocalDate): Date {
  const start = instantOfWallClock(day, days.dayStartsAt, days.zone);
  const isFirstInstant = (instant: number) =>
    userDayOf(days, new Date(instant)) === day && userDayOf(days, new Date(instant - 1)) !== day;
  if (isFirstInstant(start.getTime())) return start;
  // A day start inside a spring-forward gap is carried past the gap by the gap's length (a whole day
  // when Samoa crossed the date line); the day begins at the end of the gap, the first instant whose
  // reading is later than the day start.
  let earliest = start.getTime() - 27 * 3_600_000;
  let latest = start.getTime();
  while (latest - earliest > 1) {
    const middle = Math.floor((earliest + latest) / 2);
    if (userDayOf(days, new Date(middle)) === day) latest = middle;
    else earliest = middle;
  }
  return new Date(latest);
}

/** The instants where the user's `day` starts and the next one starts (DST-correct). */
export function userDayBounds(days: UserDays, day: LocalDate): { start: Date; end: Date } {
  return {
    start: startOfUserDay(days, day),
    end: startOfUserDay(days, calendarDateOf(dayNumberOf(day) + 1)),
  };
}
