import { DateTime } from "luxon";

// rrule evaluates in "floating" time: a Date whose UTC fields are a wall-clock reading in some zone.
// Converting at the edges with Luxon keeps the result independent of the host's own zone.

/** The wall-clock reading of an instant in `zone`, as a floating Date. */
export function wallClockOf(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(
    Date.UTC(
      local.year,
      local.month - 1,
      local.day,
      local.hour,
      local.minute,
      local.second,
      local.millisecond,
    ),
  );
}

/**
 * The instant a floating wall-clock reading names in `zone`. A reading skipped by a DST gap moves
 * forward by the gap; a reading that happens twice is its earlier instant.
 */
export function instantAt(wallClock: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: wallClock.getUTCFullYear(),
      month: wallClock.getUTCMonth() + 1,
      day: wallClock.getUTCDate(),
      hour: wallClock.getUTCHours(),
      minute: wallClock.getUTCMinutes(),
      second: wallClock.getUTCSeconds(),
      millisecond: wallClock.getUTCMilliseconds(),
    },
    { zone },
  ).toJSDate();
}
