import type { EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import {
  ROLLUP_FILTER_SQL,
  type ReportFilterInput,
  reportFilterInputSchema,
  rollupFilterValues,
} from "./report-filter.schema";
import { REPORT_DAYS_SQL } from "./report-days";

export interface FocusDay {
  date: string;
  focusMinutes: number;
  /** Users who logged any focus minutes that day. */
  focusingUsers: number;
}

export const FOCUS_MINUTES = `
  with focus as (
    select r.day as focus_day, sum(r.focus_minutes)::int as minutes, count(*) filter (where r.focus_minutes > 0)::int as users
    from daily_user_rollups r where ${ROLLUP_FILTER_SQL} group by r.day
  )
  select to_char(day, 'YYYY-MM-DD') as date, coalesce(focus.minutes, 0) as "focusMinutes",
    coalesce(focus.users, 0) as "focusingUsers"
  from ${REPORT_DAYS_SQL} left join focus on focus.focus_day = day::date
  order by day`;

/** Focus minutes logged per day of the range, zero on quiet days. */
export async function getFocusMinutesReport(
  analyticsEm: EntityManager,
  input: ReportFilterInput,
): Promise<FocusDay[]> {
  const filter = parseInput(reportFilterInputSchema, input, "input");
  return analyticsEm.execute<FocusDay[]>(FOCUS_MINUTES, [
    ...rollupFilterValues(filter),
    filter.from,
    filter.to,
  ]);
}
