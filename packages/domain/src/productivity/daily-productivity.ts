import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { calendarDateOf, dayNumberOf } from "../time/calendar-day";
import { calendarRangeSchema } from "../time/calendar-range.schema";

export interface DailyProductivity {
  date: string;
  tasksCompleted: number;
  habitsCompleted: number;
  focusTime: number;
  /** Null for a day with no activity recorded. */
  productivityScore: number | null;
}

/**
 * Every day from `from` to `to` (the user's calendar days, both included) from the analytics
 * database; a day with nothing recorded reads as zeros, so charts have no gaps.
 */
export async function listDailyProductivity(
  analyticsEm: EntityManager,
  userId: string,
  from: string,
  to: string,
): Promise<DailyProductivity[]> {
  parseInput(calendarRangeSchema, { from, to });
  const first = dayNumberOf(from);
  const last = dayNumberOf(to);

  const rows = await analyticsEm.find(ProductivityMetric, { userId, date: { $gte: from, $lte: to } });
  const byDate = new Map(rows.map((row) => [row.date, row]));
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const date = calendarDateOf(first + offset);
    const row = byDate.get(date);
    return {
      date,
      tasksCompleted: row?.tasksCompleted ?? 0,
      habitsCompleted: row?.habitsCompleted ?? 0,
      focusTime: row?.focusTime ?? 0,
      productivityScore: row?.productivityScore ?? null,
    };
  });
}
