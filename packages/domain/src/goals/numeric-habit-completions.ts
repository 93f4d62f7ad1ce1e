import { type EntityManager } from "@mikro-orm/postgresql";
import { type FrequencyType, type HabitTargetType } from "@momentum/db";
import { type WeekdayName } from "../time/calendar-day";
import { frequencyOf } from "../habits/habit-evaluation";
import { targetOf } from "../habits/habit-target";
import { evaluateHabit, type HabitLogFact } from "../habits/streak-engine";

/**
 * Completions of each goal's linked numeric habits from the goal's start on: the days (or periods) the
 * streak engine counts as done, walked from the later of the habit's and the goal's start, so days
 * with nothing logged count as an AT_MOST habit's do and a period-based target is judged per period.
 */
export async function countNumericHabitCompletions(
  tx: EntityManager,
  goalIds: string[],
  day: { today: string; weekStartsOn: WeekdayName },
): Promise<Map<string, number>> {
  const completions = new Map<string, number>();
  if (goalIds.length === 0) return completions;
  const links = await tx.execute<
    {
      goal_id: string;
      habit_id: string;
      frequency_type: FrequencyType;
      frequency_config: Record<string, unknown>;
      target_value: number;
      target_type: HabitTargetType;
      start_date: string;
      end_date: string | null;
    }[]
  >(
    `select gh.goal_id, h.id as habit_id, h.frequency_type, h.frequency_config,
            h.target_value::float8 as target_value, h.target_type,
            to_char(greatest(h.start_date, g.start_date), 'YYYY-MM-DD') as start_date,
            to_char(h.end_date, 'YYYY-MM-DD') as end_date
     from goal_habits gh join goals g on g.id = gh.goal_id join habits h on h.id = gh.habit_id
     where gh.goal_id in (?) and h.target_value is not null`,
    [goalIds],
  );
  if (links.length === 0) return completions;
  const logs = await tx.execute<{ habit_id: string; date: string; value: number | null; skipped: boolean }[]>(
    `select habit_id, to_char(completed_date, 'YYYY-MM-DD') as date, value::float8 as value,
            skip_reason is not null as skipped
     from habit_logs where habit_id in (?) and completed_date >= ?::date`,
    [[...new Set(links.map((link) => link.habit_id))], links.map((link) => link.start_date).sort()[0]],
  );
  for (const link of links) {
    if (link.end_date !== null && link.end_date < link.start_date) continue;
    const facts: HabitLogFact[] = logs
      .filter((log) => log.habit_id === link.habit_id && log.date >= link.start_date)
      .map((log) => ({ date: log.date, status: log.skipped ? "skipped" : "done", value: log.value }));
    const { totalCompletions } = evaluateHabit({
      frequency: frequencyOf({ frequencyType: link.frequency_type, frequencyConfig: link.frequency_config }),
      target: targetOf({ targetValue: link.target_value, targetType: link.target_type }),
      startDate: link.start_date,
      endDate: link.end_date,
      logs: facts,
      today: day.today,
      weekStartsOn: day.weekStartsOn,
    });
    completions.set(link.goal_id, (completions.get(link.goal_id) ?? 0) + totalCompletions);
  }
  return completions;
}
