import { DateTime } from "luxon";
import { type LocalDate } from "./local-day";

/** A wall-clock time of day, "HH:MM" or "HH:MM:SS" (a `time` column reads back with seconds). */
export type LocalTime = string;

/** Minutes since midnight of a wall-clock time "HH:MM" (seconds, if any, ignored). */
export const minutesOfDay = (time: LocalTime): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function offsetMinutesAt(zone: string, epochMs: number): number {
  const local = DateTime.fromMillis(epochMs, { zone });
  if (!local.isValid) throw new Error(`Unknown time zone ${zone}`);
  return local.offset;
}

/**
 * The instant at which the wall clock of `zone` reads `time` on `day`, with one rule for both DST
 * transitions: a reading skipped by a spring-forward gap moves forward by the gap (02:30 becomes 03:30),
 * and a reading that happens twice at a fall-back is its first, earlier instant. Luxon alone picks either
 * instant of a repeated reading, depending on the zone.
 */
export function instantOfWallClock(day: LocalDate, time: LocalTime, zone: string): Date {
  const [year = NaN, month = NaN, dayOfMonth = NaN] = day.split("-").map(Number);
  const [hour = NaN, minute = NaN, second = 0] = time.split(":").map(Number);
  const readingMs = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second);
  if (Number.isNaN(readingMs)) throw new Error(`Not a day and time: ${day} ${time}`);
  // One transition at most within a day either side: the offsets before and after it are the candidates.
  const before = offsetMinutesAt(zone, readingMs - DAY_MS);
  const after = offsetMinutesAt(zone, readingMs + DAY_MS);
  const readsRight = (instantMs: number) =>
    offsetMinutesAt(zone, instantMs) === (readingMs - instantMs) / MINUTE_MS;
  const instants = [readingMs - before * MINUTE_MS, readingMs - after * MINUTE_MS].filter(readsRight);
  // No candidate reads right: the reading lies in a gap, and the offset before it carries it past the gap.
  return new Date(instants.length > 0 ? Math.min(...instants) : readingMs - before * MINUTE_MS);
}
