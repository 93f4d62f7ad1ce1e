import type { EntityManager } from "@mikro-orm/postgresql";
import { type ReportFilter } from "./report-filter.schema";
import { REPORT_DAYS_SQL } from "./report-days";

export interface DailyProductivityTotals {
  date: string;
  tasksCompleted: number;
  habitsCompleted: number;
  focusMinutes: number;
  /** Over the users with a metric that day; null when nobody has one (an average of nothing is not 0). */
  averageProductivityScore: number | null;
}

// productivity_metrics rows are already per user and calendar day (the user's own day), so they sum as
// is; a platform filter keeps the users whose rollup of that day is on it (the events that wrote a
// metric wrote its user-day's rollup too).
export const DAILY_PRODUCTIVITY_TOTALS = `
  with metrics as (
    select metric.date as metric_day, sum(metric.tasks_completed) as tasks, sum(metric.habits_completed) as habits,
      sum(metric.focus_time) as focus, avg(metric.productivity_score) as score
    from productivity_metrics metric
    where metric.date >= ?::date and metric.date <= ?::date
      and (?::text = 'all' or exists (
        select 1 from daily_user_rollups r
        where r.day = metric.date and r.user_id = metric.user_id and r.platform = ?))
    group by metric.date
  )
  select to_char(day, 'YYYY-MM-DD') as date,
    coalesce(metrics.tasks, 0)::int as "tasksCompleted",
    coalesce(metrics.habits, 0)::int as "habitsCompleted",
    coalesce(metrics.focus, 0)::int as "focusMinutes",
    round(metrics.score, 2)::float8 as "averageProductivityScore"
  from ${REPORT_DAYS_SQL}
  left join metrics on metrics.metric_day = day::date
  order by day`;

/** All users' productivity totals per day of the range, zeros on days without metrics. */
export const listDailyProductivityTotals = (
  analyticsEm: EntityManager,
  filter: ReportFilter,
): Promise<DailyProductivityTotals[]> =>
  analyticsEm.execute(DAILY_PRODUCTIVITY_TOTALS, [
    filter.from,
    filter.to,
    filter.platform,
    filter.platform,
    filter.from,
    filter.to,
  ]);
