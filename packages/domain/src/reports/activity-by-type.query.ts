import type { EntityManager } from "@mikro-orm/postgresql";
import { ROLLUP_FILTER_SQL, type ReportFilter, rollupFilterValues } from "./report-filter.schema";

export interface ActivityTypeCount {
  activityType: string;
  action: string;
  count: number;
}

// The rollups count each user-day's activity by "type.action", on the users' own days.
export const ACTIVITY_BY_TYPE = `
  select split_part(kind.key, '.', 1) as "activityType", split_part(kind.key, '.', 2) as action,
    sum(kind.value::int)::int as count
  from daily_user_rollups r cross join jsonb_each_text(r.activities_by_type) kind
  where ${ROLLUP_FILTER_SQL}
  group by kind.key
  order by count desc, 1, 2`;

/** How often each kind of activity (task completed, habit logged, ...) happened over the range, most first. */
export const listActivityByType = (
  analyticsEm: EntityManager,
  filter: ReportFilter,
): Promise<ActivityTypeCount[]> => analyticsEm.execute(ACTIVITY_BY_TYPE, rollupFilterValues(filter));
