import { DateTime } from "luxon";
import { type LocalDate } from "../time/local-day";

/** A calendar date moved by whole days (a start date or an all-day subtask following its occurrence). */
export const shiftedDay = (day: LocalDate | null | undefined, days: number): LocalDate | null =>
  day ? DateTime.fromISO(day, { zone: "UTC" }).plus({ days }).toISODate() : null;

/** How many calendar days lie between two dates. */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round(
    DateTime.fromISO(to, { zone: "UTC" }).diff(DateTime.fromISO(from, { zone: "UTC" }), "days").days,
  );
