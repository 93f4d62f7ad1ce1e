import { z } from "zod";
import { parseDayNumber } from "./calendar-day";

/** A year and a day: a leap year's full span fits, and per-day answers stay small. */
export const MAX_RANGE_DAYS = 366;

const calendarDateSchema = z
  .string()
  .refine((date) => parseDayNumber(date) !== null, { message: "must be a date YYYY-MM-DD" });

/** The fields of a range, for schemas that add their own beside them. */
export const calendarRangeFields = { from: calendarDateSchema, to: calendarDateSchema };

/** `to` not before `from`, and at most MAX_RANGE_DAYS days: the check of every range schema. */
export function refineCalendarRange(
  { from, to }: { from: string; to: string },
  context: z.RefinementCtx,
): void {
  const first = parseDayNumber(from);
  const last = parseDayNumber(to);
  if (first === null || last === null) return;
  if (last < first) context.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  else if (last - first + 1 > MAX_RANGE_DAYS) {
    context.addIssue({ code: "custom", path: ["to"], message: `at most ${MAX_RANGE_DAYS} days at once` });
  }
}

/** Calendar days from `from` to `to`, both included, at most MAX_RANGE_DAYS of them. */
export const calendarRangeSchema = z.object(calendarRangeFields).superRefine(refineCalendarRange);
export type CalendarRangeInput = z.input<typeof calendarRangeSchema>;
export type CalendarRange = z.infer<typeof calendarRangeSchema>;
