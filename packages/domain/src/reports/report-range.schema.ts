import {
  calendarRangeSchema,
  type CalendarRange,
  type CalendarRangeInput,
} from "../time/calendar-range.schema";

/** A report's days: the shared calendar range (at most a year and a day). */
export const reportRangeInputSchema = calendarRangeSchema;
export type ReportRangeInput = CalendarRangeInput;
export type ReportRange = CalendarRange;

/**
 * Every day of the range as a row `day` (timestamp without zone), to left-join facts onto so that days
 * without data come out as zeros. Binds `from` and `to`. The explicit timestamp cast keeps
 * generate_series off its timestamptz overload, which would step through the session's zone.
 */
export const REPORT_DAYS_SQL = `generate_series(?::date::timestamp, ?::date::timestamp, interval '1 day') as day`;
