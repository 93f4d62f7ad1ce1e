import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { getAchievementsUnlockedReport } from "./achievements-unlocked.report";
import { getActiveUsersReport } from "./active-users.report";
import { getFocusMinutesReport } from "./focus-minutes.report";
import { getHabitCompletionReport } from "./habit-completion.report";
import type { ReportFilterInput } from "./report-filter.schema";
import { getSignUpCohortsReport } from "./signup-cohorts.report";
import { getTaskCompletionReport } from "./task-completion.report";

/** The tables of the analysts' reports that can be downloaded, by the name in their file name. */
export const reportTableNameSchema = z.enum(
  [
    "daily-active-users",
    "weekly-active-users",
    "monthly-active-users",
    "sign-up-cohorts",
    "habit-completion",
    "task-completion",
    "achievements-unlocked",
    "focus-minutes",
  ],
  { error: "must be the name of a report table" },
);
export type ReportTableName = z.infer<typeof reportTableNameSchema>;

/** A report as a table: its header, then its rows, each an array of cells. */
export interface ReportTable {
  header: string[];
  rows: unknown[][];
}

interface ReportDatabases {
  analytics: EntityManager;
  main: EntityManager;
}

const activeUsersTable =
  (period: "daily" | "weekly" | "monthly", label: string) =>
  async ({ analytics }: ReportDatabases, filter: ReportFilterInput): Promise<ReportTable> => ({
    header: [label, "active_users", "partial"],
    rows: (await getActiveUsersReport(analytics, filter))[period].map((row) => [
      row.start,
      row.activeUsers,
      row.partial,
    ]),
  });

const tables: Record<
  ReportTableName,
  (databases: ReportDatabases, filter: ReportFilterInput) => Promise<ReportTable>
> = {
  "daily-active-users": activeUsersTable("daily", "day"),
  "weekly-active-users": activeUsersTable("weekly", "week_start"),
  "monthly-active-users": activeUsersTable("monthly", "month_start"),
  "sign-up-cohorts": async ({ analytics }, filter) => {
    const cohorts = await getSignUpCohortsReport(analytics, filter);
    const weeks = Math.max(0, ...cohorts.map((cohort) => cohort.retained.length));
    return {
      header: ["week_start", "users", ...Array.from({ length: weeks }, (_, week) => `week_${week}`)],
      rows: cohorts.map((cohort) => [cohort.weekStart, cohort.users, ...cohort.retained]),
    };
  },
  "habit-completion": async ({ analytics }, filter) => ({
    header: ["frequency_type", "recorded_days", "completed_days", "completion_rate"],
    rows: (await getHabitCompletionReport(analytics, filter)).map((row) => [
      row.frequencyType,
      row.recordedDays,
      row.completedDays,
      row.completionRate,
    ]),
  }),
  "task-completion": async ({ analytics }, filter) => ({
    header: ["priority", "completed", "with_due_date", "on_time", "on_time_share"],
    rows: (await getTaskCompletionReport(analytics, filter)).map((row) => [
      row.priority,
      row.completed,
      row.withDueDate,
      row.onTime,
      row.onTimeShare,
    ]),
  }),
  "achievements-unlocked": async ({ analytics, main }, filter) => ({
    header: ["achievement_id", "achievement", "unlocked"],
    rows: (await getAchievementsUnlockedReport(analytics, main, filter)).map((row) => [
      row.achievementId,
      row.name,
      row.unlocked,
    ]),
  }),
  "focus-minutes": async ({ analytics }, filter) => ({
    header: ["day", "focus_minutes", "focusing_users"],
    rows: (await getFocusMinutesReport(analytics, filter)).map((row) => [
      row.date,
      row.focusMinutes,
      row.focusingUsers,
    ]),
  }),
};

/** One report table over a filter (validated as its report does: INVALID_INPUT naming the field). */
export const getReportTable = (
  name: ReportTableName,
  databases: ReportDatabases,
  filter: ReportFilterInput,
): Promise<ReportTable> => tables[name](databases, filter);
