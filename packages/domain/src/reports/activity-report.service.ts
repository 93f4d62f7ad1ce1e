import type { EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import { type ActivityTypeCount, listActivityByType } from "./activity-by-type.query";
import { listDailyActiveUsers } from "./daily-active-users.query";
import { type DailyProductivityTotals, listDailyProductivityTotals } from "./daily-productivity-totals.query";
import { type ReportFilterInput, reportFilterInputSchema } from "./report-filter.schema";

export interface DailyActivity extends DailyProductivityTotals {
  activeUsers: number;
}

export interface ActivityReport {
  from: string;
  to: string;
  /** One entry per day of the range, in order, with zeros where nothing happened. */
  days: DailyActivity[];
  activityByType: ActivityTypeCount[];
}

/**
 * The analysts' report over a range of the users' own days, from the analytics database's daily
 * rollups and productivity metrics (both by user day): one query per source.
 */
export async function getActivityReport(
  analyticsEm: EntityManager,
  input: ReportFilterInput,
): Promise<ActivityReport> {
  const range = parseInput(reportFilterInputSchema, input, "input");
  const [activeUsers, productivity, activityByType] = await Promise.all([
    listDailyActiveUsers(analyticsEm, range),
    listDailyProductivityTotals(analyticsEm, range),
    listActivityByType(analyticsEm, range),
  ]);
  // Both daily series come from the same generated days, so they line up index by index.
  const days = productivity.map((totals, index) => ({
    ...totals,
    activeUsers: activeUsers[index]?.activeUsers ?? 0,
  }));
  return { from: range.from, to: range.to, days, activityByType };
}
