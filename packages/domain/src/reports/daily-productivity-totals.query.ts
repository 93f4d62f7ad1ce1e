import type { EntityManager } from "@mikro-orm/postgresql";
import { REPORT_DAYS_SQL, type ReportRange } from "./report-range.schema";

export interface DailyProductivityTotals {
  date: string;
  tasksCompleted: number;
  habitsCompleted: number;
  focusMinutes: number;
  /** Over the users with a metric that day; null when nobody has one (an average of nothing is not 0). */
  averageProductivityScore: number | null;
}

// productivity_metrics rows are already per user and calendar day (the user's own day), so they sum as is.
const DAILY_PRODUCTIVITY_TOTALS = `
  select to_char(day, 'YYYY-MM-DD') as date,
    coalesce(sum(metric.tasks_completed), 0)::int as "tasksCompleted",
    coalesce(sum(metric.habits_completed), 0)::int as "habitsCompleted",
    coalesce(sum(metric.focus_time), 0)::int as "focusMinutes",
    round(avg(metric.productivity_score), 2)::float8 as "averageProductivityScore"
  from ${REPORT_DAYS_SQL}
  left join productivity_metrics metric on metric.date = day::date
  group by day
  order by day`;

/** All users' productivity totals per day of the range, zeros on days without metrics. */
export const listDailyProductivityTotals = (
  analyticsEm: EntityManager,
  range: ReportRange,
): Promise<DailyProductivityTotals[]> =>
  analyticsEm.execute(DAILY_PRODUCTIVITY_TOTALS, [range.from, range.to]);
