import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { calendarDateOf, parseDayNumber } from "../time/calendar-day";

export interface DailyProductivity {
  date: string;
  tasksCompleted: number;
  habitsCompleted: number;
  focusTime: number;
  /** Null for a day with no activity recorded. */
  productivityScore: number | null;
}

const MAX_DAYS = 366;

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
  const first = parseDayNumber(from);
  const last = parseDayNumber(to);
  if (first === null || last === null) {
    throw invalidInput([
      ...(first === null ? [{ field: "from", message: "must be a date YYYY-MM-DD" }] : []),
      ...(last === null ? [{ field: "to", message: "must be a date YYYY-MM-DD" }] : []),
    ]);
  }
  if (last < first) throw invalidInput([{ field: "to", message: "must not be before from" }]);
  if (last - first + 1 > MAX_DAYS)
    throw invalidInput([{ field: "to", message: `at most ${MAX_DAYS} days at once` }]);

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
