import type { EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import {
  ROLLUP_FILTER_SQL,
  type ReportFilter,
  type ReportFilterInput,
  reportFilterInputSchema,
  rollupFilterValues,
} from "./report-filter.schema";
import { REPORT_DAYS_SQL } from "./report-days";

export interface ActiveUsersInPeriod {
  /** The period's first day: the day itself, a week's Monday, a month's 1st. */
  start: string;
  activeUsers: number;
  /** True when the range covers only part of the week or month: its figure counts those days only. */
  partial: boolean;
}

export interface ActiveUsersReport {
  daily: ActiveUsersInPeriod[];
  weekly: ActiveUsersInPeriod[];
  monthly: ActiveUsersInPeriod[];
}

// A user is active on a day of their own when anything of theirs counts for it (a rollup row exists).
// Distinct users per calendar period (ISO weeks from Monday, months), never sums of days.
const activeUsersSql = (period: "day" | "week" | "month") => `
  with periods as (
    select distinct date_trunc('${period}', day)::date as start from ${REPORT_DAYS_SQL}
  ),
  active as (
    select date_trunc('${period}', r.day::timestamp)::date as start, count(distinct r.user_id)::int as users
    from daily_user_rollups r where ${ROLLUP_FILTER_SQL} group by 1
  )
  select to_char(periods.start, 'YYYY-MM-DD') as start, coalesce(active.users, 0) as "activeUsers",
    (periods.start < ?::date or (periods.start + interval '1 ${period}')::date - 1 > ?::date) as partial
  from periods left join active using (start)
  order by periods.start`;

export const ACTIVE_USERS_SQL = {
  daily: activeUsersSql("day"),
  weekly: activeUsersSql("week"),
  monthly: activeUsersSql("month"),
};

export const activeUsersValues = (filter: ReportFilter) => [
  filter.from,
  filter.to,
  ...rollupFilterValues(filter),
  filter.from,
  filter.to,
];

/** Daily, weekly and monthly active users over the range, on the users' own days. */
export async function getActiveUsersReport(
  analyticsEm: EntityManager,
  input: ReportFilterInput,
): Promise<ActiveUsersReport> {
  const filter = parseInput(reportFilterInputSchema, input, "input");
  const values = activeUsersValues(filter);
  const [daily, weekly, monthly] = await Promise.all([
    analyticsEm.execute<ActiveUsersInPeriod[]>(ACTIVE_USERS_SQL.daily, values),
    analyticsEm.execute<ActiveUsersInPeriod[]>(ACTIVE_USERS_SQL.weekly, values),
    analyticsEm.execute<ActiveUsersInPeriod[]>(ACTIVE_USERS_SQL.monthly, values),
  ]);
  return { daily, weekly, monthly };
}
