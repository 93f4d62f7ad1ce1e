import { type DevicePlatform } from "@momentum/db";
import { z } from "zod";
import { calendarRangeFields, refineCalendarRange } from "../time/calendar-range.schema";

/**
 * A user's platform as analytics knows it: that of the device they last registered for pushes, or
 * `unknown` when they registered none; `all` does not filter.
 */
const devicePlatforms = ["ios", "android", "web"] as const satisfies readonly `${DevicePlatform}`[];

export const reportPlatformSchema = z.enum(["all", ...devicePlatforms, "unknown"], {
  error: "must be one of all, ios, android, web, unknown",
});
export type ReportPlatform = z.infer<typeof reportPlatformSchema>;

/** What every analyst report is filtered by: a range of the users' own days and a platform. */
export const reportFilterInputSchema = z
  .object({ ...calendarRangeFields, platform: reportPlatformSchema.default("all") })
  .superRefine(refineCalendarRange);
export type ReportFilterInput = z.input<typeof reportFilterInputSchema>;
export type ReportFilter = z.infer<typeof reportFilterInputSchema>;

/**
 * The rollup rows (alias `r`) a filter selects; binds rollupFilterValues. The day bounds come first,
 * so the primary key (day, user_id) serves the range.
 */
export const ROLLUP_FILTER_SQL = `r.day >= ?::date and r.day <= ?::date and (?::text = 'all' or r.platform = ?)`;

export const rollupFilterValues = (filter: ReportFilter) => [
  filter.from,
  filter.to,
  filter.platform,
  filter.platform,
];
