import type { EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import { type ReportFilter, type ReportFilterInput, reportFilterInputSchema } from "./report-filter.schema";

export interface SignUpCohort {
  /** The Monday of the week the users signed up in (their own days). */
  weekStart: string;
  users: number;
  /** Users of the cohort active in its week 0 (the sign-up week), 1, 2, ... up to the range's end. */
  retained: number[];
}

// Cohorts: users whose sign-up day falls in the range, by ISO week. Retained in week k: active on any
// day of the k-th week after the sign-up week, up to the range's last day.
export const SIGN_UP_COHORTS = `
  with cohort_users as (
    select user_id, date_trunc('week', signed_up_on::timestamp)::date as cohort from analytics_users
    where signed_up_on >= ?::date and signed_up_on <= ?::date
      and (?::text = 'all' or coalesce(platform, 'unknown') = ?)
  ),
  cohorts as (select cohort, count(*)::int as users from cohort_users group by cohort),
  weeks_active as (
    select distinct c.cohort, c.user_id, (date_trunc('week', r.day::timestamp)::date - c.cohort) / 7 as week
    from cohort_users c join daily_user_rollups r on r.user_id = c.user_id
    where r.day >= c.cohort and r.day <= ?::date
  )
  select to_char(cohorts.cohort, 'YYYY-MM-DD') as "weekStart", cohorts.users,
    array(
      select count(w.user_id)::int
      from generate_series(0, (date_trunc('week', ?::date::timestamp)::date - cohorts.cohort) / 7) as series(k)
      left join weeks_active w on w.cohort = cohorts.cohort and w.week = series.k
      group by series.k order by series.k
    ) as retained
  from cohorts order by cohorts.cohort`;

export const signUpCohortsValues = (filter: ReportFilter) => [
  filter.from,
  filter.to,
  filter.platform,
  filter.platform,
  filter.to,
  filter.to,
];

/** Weekly sign-up cohorts and how many of each were active in each week since. */
export async function getSignUpCohortsReport(
  analyticsEm: EntityManager,
  input: ReportFilterInput,
): Promise<SignUpCohort[]> {
  const filter = parseInput(reportFilterInputSchema, input, "input");
  return analyticsEm.execute<SignUpCohort[]>(SIGN_UP_COHORTS, signUpCohortsValues(filter));
}
