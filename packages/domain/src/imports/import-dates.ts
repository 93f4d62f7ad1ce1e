import { isKnownTimeZone } from "../time/time-zone";
import { parseDayNumber } from "../time/calendar-day";
import { instantOfWallClock } from "../time/wall-clock-instant";

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date without a time of day is due at the end of that day in the zone. */
const END_OF_DAY = "23:59";

/** The calendar day of a date written without a time of day: "2025-03-01" or "Mar 1 2025"; else null. */
export function dayOfDateText(text: string): string | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseDayNumber(value) === null ? null : value;
  const written = /^([a-z]{3})[a-z]* (\d{1,2}),? (\d{4})$/i.exec(value);
  if (!written) return null;
  const month = months.indexOf(written[1]!.toLowerCase()) + 1;
  if (month === 0) return null;
  const day = `${written[3]}-${String(month).padStart(2, "0")}-${written[2]!.padStart(2, "0")}`;
  return parseDayNumber(day) === null ? null : day;
}

/**
 * The instant a date written in a file means: "2025-03-01", "2025-03-01 14:30", "2025-03-01T14:30:00",
 * an instant with Z or an offset, or "Mar 1 2025"; wall-clock readings are in `zone` (the file's or the
 * user's), a day without a time at its end. Null when it is none of these.
 */
export function instantOfDateText(text: string, zone: string): Date | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?$/.exec(value);
  if (iso) return wallClock(iso[1]!, iso[2]!, zone);
  const day = dayOfDateText(value);
  return day ? wallClock(day, END_OF_DAY, zone) : null;
}

function wallClock(day: string, time: string, zone: string): Date | null {
  const [hour = 99, minute = 99] = time.split(":").map(Number);
  if (parseDayNumber(day) === null || hour > 23 || minute > 59) return null;
  return instantOfWallClock(day, time, zone);
}

/** The file's zone when it names a known one, else the user's. */
export const zoneOr = (named: string | undefined, fallback: string): string =>
  named && isKnownTimeZone(named.trim()) ? named.trim() : fallback;
