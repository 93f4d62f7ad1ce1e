import { calendarDateOf, type DayNumber, type WeekdayName } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import {
  isPeriodBased,
  periodContaining,
  periodKindOf,
  scheduledDayTest,
  timesPerPeriod,
} from "./habit-schedule";

/** What a day of a habit holds as far as counting goes. */
export type DayOutcome = "done" | "skipped" | "none";

/** The day, week or month around today: what it asks for, what is done, and whether today is due. */
export function currentPeriodProgress(
  habit: { frequency: HabitFrequency; weekStartsOn: WeekdayName },
  span: { start: DayNumber; end: DayNumber; today: DayNumber },
  outcomeOn: (day: DayNumber) => DayOutcome,
) {
  const { start, end, today } = span;
  const period = periodContaining(periodKindOf(habit.frequency), today, habit.weekStartsOn);
  const first = Math.max(period.first, start);
  const last = Math.min(period.last, end);
  const periodBased = isPeriodBased(habit.frequency);
  const isScheduled = periodBased ? () => true : scheduledDayTest(habit.frequency, start);

  let eligible = 0;
  let completed = 0;
  for (let day = first; day <= last; day++) {
    const outcome = outcomeOn(day);
    if (outcome === "skipped" || !isScheduled(day)) continue;
    eligible += 1;
    if (outcome === "done") completed += 1;
  }
  const target = periodBased ? Math.min(timesPerPeriod(habit.frequency), eligible) : eligible;
  const todayOutcome = outcomeOn(today);
  const isCompletedToday = todayOutcome === "done";
  const todayCounts = today >= start && today <= end && todayOutcome !== "skipped" && isScheduled(today);
  // A period-based habit is due while its target is unmet; completing it today keeps today due.
  const completedBeforeToday = completed - (isCompletedToday ? 1 : 0);
  const isDueToday = todayCounts && (!periodBased || completedBeforeToday < target);

  return {
    periodStart: calendarDateOf(period.first),
    periodEnd: calendarDateOf(period.last),
    completedInPeriod: completed,
    targetInPeriod: target,
    isDueToday,
    isCompletedToday,
  };
}
