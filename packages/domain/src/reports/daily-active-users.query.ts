import type { EntityManager } from "@mikro-orm/postgresql";
import { REPORT_DAYS_SQL, type ReportRange } from "./report-range.schema";

export interface DailyActiveUsers {
  date: string;
  activeUsers: number;
}

// Activity rows hold instants; the platform-wide report counts them by UTC day (users span every zone).
// The range is repeated as constants so PostgreSQL reads only the partitions of the range's months.
export const DAILY_ACTIVE_USERS = `
  select to_char(day, 'YYYY-MM-DD') as date, count(distinct activity.user_id)::int as "activeUsers"
  from ${REPORT_DAYS_SQL}
  left join user_activity activity
    on activity.created_at >= day at time zone 'UTC'
   and activity.created_at < (day + interval '1 day') at time zone 'UTC'
   and activity.created_at >= ?::date::timestamp at time zone 'UTC'
   and activity.created_at < (?::date + 1)::timestamp at time zone 'UTC'
  group by day
  order by day`;

/** Distinct users with any recorded activity, per UTC day of the range, zero on quiet days. */
export const listDailyActiveUsers = (
  analyticsEm: EntityManager,
  range: ReportRange,
): Promise<DailyActiveUsers[]> =>
  analyticsEm.execute(DAILY_ACTIVE_USERS, [range.from, range.to, range.from, range.to]);
