import type { EntityManager } from "@mikro-orm/postgresql";
import { ROLLUP_FILTER_SQL, type ReportFilter, rollupFilterValues } from "./report-filter.schema";
import { REPORT_DAYS_SQL } from "./report-days";

export interface DailyActiveUsers {
  date: string;
  activeUsers: number;
}

// Users active on each of their own days (a rollup row per user-day), the same day base as the
// productivity metrics beside them in the activity report.
export const DAILY_ACTIVE_USERS = `
  with active as (
    select r.day as active_day, count(*)::int as users from daily_user_rollups r
    where ${ROLLUP_FILTER_SQL} group by r.day
  )
  select to_char(day, 'YYYY-MM-DD') as date, coalesce(active.users, 0) as "activeUsers"
  from ${REPORT_DAYS_SQL} left join active on active.active_day = day::date
  order by day`;

export const dailyActiveUsersValues = (filter: ReportFilter) => [
  ...rollupFilterValues(filter),
  filter.from,
  filter.to,
];

/** Distinct users with any activity, per day of the range (the users' own days), zero on quiet days. */
export const listDailyActiveUsers = (
  analyticsEm: EntityManager,
  filter: ReportFilter,
): Promise<DailyActiveUsers[]> => analyticsEm.execute(DAILY_ACTIVE_USERS, dailyActiveUsersValues(filter));
