import { DateTime } from "luxon";
import { instantOfWallClock } from "../time/wall-clock-instant";

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
 * The instant a floating wall-clock reading names in `zone`, by the one rule of instantOfWallClock: a
 * reading skipped by a DST gap moves forward by the gap; a reading that happens twice is its earlier instant.
 */
export function instantAt(wallClock: Date, zone: string): Date {
  const reading = wallClock.toISOString();
  const instant = instantOfWallClock(reading.slice(0, 10), reading.slice(11, 19), zone);
  return new Date(instant.getTime() + wallClock.getUTCMilliseconds());
}
