import type { EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import {
  ROLLUP_FILTER_SQL,
  type ReportFilterInput,
  reportFilterInputSchema,
  rollupFilterValues,
} from "./report-filter.schema";

export interface HabitCompletionByFrequency {
  /** daily, weekly, ..., or unknown for logs recorded before events carried it. */
  frequencyType: string;
  /** Habit-days that ended with a log or a skip. */
  recordedDays: number;
  /** Of those, the ones that ended as a completion that counts (a measurable habit at its target). */
  completedDays: number;
  /** completedDays / recordedDays, 0..1 with 4 decimals. */
  completionRate: number;
}

// Analytics sees the days a user recorded, not the days a schedule expected: the rate is completions
// among recorded habit-days (a skip or a value under target counts against it).
export const HABIT_COMPLETION = `
  select recorded.key as "frequencyType", sum(recorded.value::int)::int as "recordedDays",
    sum(coalesce((r.habit_days_completed->>recorded.key)::int, 0))::int as "completedDays",
    round(sum(coalesce((r.habit_days_completed->>recorded.key)::int, 0))::numeric / sum(recorded.value::int), 4)::float8
      as "completionRate"
  from daily_user_rollups r cross join jsonb_each_text(r.habit_days_recorded) recorded
  where ${ROLLUP_FILTER_SQL}
  group by recorded.key
  order by recorded.key`;

/** Habit completion rate by frequency type over the range. */
export async function getHabitCompletionReport(
  analyticsEm: EntityManager,
  input: ReportFilterInput,
): Promise<HabitCompletionByFrequency[]> {
  const filter = parseInput(reportFilterInputSchema, input, "input");
  return analyticsEm.execute<HabitCompletionByFrequency[]>(HABIT_COMPLETION, rollupFilterValues(filter));
}
