import { z } from "zod";
import { parseDayNumber } from "../time/calendar-day";

/** A year and a day: a leap year's full span fits, and the per-day queries stay small. */
export const MAX_REPORT_DAYS = 366;

const reportDateSchema = z
  .string()
  .refine((date) => parseDayNumber(date) !== null, { message: "must be a date YYYY-MM-DD" });

/** Calendar days from `from` to `to`, both included. */
export const reportRangeInputSchema = z
  .object({ from: reportDateSchema, to: reportDateSchema })
  .superRefine(({ from, to }, context) => {
    const first = parseDayNumber(from);
    const last = parseDayNumber(to);
    if (first === null || last === null) return;
    if (last < first) context.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    else if (last - first + 1 > MAX_REPORT_DAYS) {
      context.addIssue({ code: "custom", path: ["to"], message: `at most ${MAX_REPORT_DAYS} days at once` });
    }
  });
export type ReportRangeInput = z.input<typeof reportRangeInputSchema>;
export type ReportRange = z.infer<typeof reportRangeInputSchema>;

/**
 * Every day of the range as a row `day` (timestamp without zone), to left-join facts onto so that days
 * without data come out as zeros. Binds `from` and `to`. The explicit timestamp cast keeps
 * generate_series off its timestamptz overload, which would step through the session's zone.
 */
export const REPORT_DAYS_SQL = `generate_series(?::date::timestamp, ?::date::timestamp, interval '1 day') as day`;
