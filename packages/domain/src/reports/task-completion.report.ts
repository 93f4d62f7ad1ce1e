import type { EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import {
  ROLLUP_FILTER_SQL,
  type ReportFilterInput,
  reportFilterInputSchema,
  rollupFilterValues,
} from "./report-filter.schema";

export interface TaskCompletionByPriority {
  priority: string;
  /** Distinct tasks completed on each day (a task completed on two days counts on both). */
  completed: number;
  /** Of those, the ones with a due date. */
  withDueDate: number;
  onTime: number;
  /** onTime / withDueDate, 0..1 with 4 decimals; null when none had a due date. */
  onTimeShare: number | null;
}

export const TASK_COMPLETION = `
  select completed.key as priority, sum(completed.value::int)::int as completed,
    sum(coalesce((r.tasks_due->>completed.key)::int, 0))::int as "withDueDate",
    sum(coalesce((r.tasks_on_time->>completed.key)::int, 0))::int as "onTime",
    round(sum(coalesce((r.tasks_on_time->>completed.key)::int, 0))::numeric
      / nullif(sum(coalesce((r.tasks_due->>completed.key)::int, 0)), 0), 4)::float8 as "onTimeShare"
  from daily_user_rollups r cross join jsonb_each_text(r.tasks_completed) completed
  where ${ROLLUP_FILTER_SQL}
  group by completed.key
  order by array_position(array['urgent', 'high', 'medium', 'low', 'none'], completed.key), completed.key`;

/** Tasks completed by priority over the range, and the share of those with a due date done by it. */
export async function getTaskCompletionReport(
  analyticsEm: EntityManager,
  input: ReportFilterInput,
): Promise<TaskCompletionByPriority[]> {
  const filter = parseInput(reportFilterInputSchema, input, "input");
  return analyticsEm.execute<TaskCompletionByPriority[]>(TASK_COMPLETION, rollupFilterValues(filter));
}
