import { DateTime } from "luxon";

/** A calendar day, YYYY-MM-DD. */
export type LocalDate = string;

/** The instants where a local day starts and the next one starts, in that zone (DST-correct). */
export function dayBoundsIn(zone: string, day: LocalDate): { start: Date; end: Date } {
  const start = DateTime.fromISO(day, { zone }).startOf("day");
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}
