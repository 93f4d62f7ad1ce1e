import type { EntityManager } from "@mikro-orm/postgresql";
import type { ReportRange } from "./report-range.schema";

export interface ActivityTypeCount {
  activityType: string;
  action: string;
  count: number;
}

// The same UTC days as the daily active users, as one half-open range of instants (index on created_at).
export const ACTIVITY_BY_TYPE = `
  select activity_type as "activityType", action, count(*)::int as count
  from user_activity
  where created_at >= ?::date::timestamp at time zone 'UTC'
    and created_at < (?::date + 1)::timestamp at time zone 'UTC'
  group by activity_type, action
  order by count desc, activity_type, action`;

/** How often each kind of activity (task completed, habit logged, ...) happened over the range, most first. */
export const listActivityByType = (
  analyticsEm: EntityManager,
  range: ReportRange,
): Promise<ActivityTypeCount[]> => analyticsEm.execute(ACTIVITY_BY_TYPE, [range.from, range.to]);
