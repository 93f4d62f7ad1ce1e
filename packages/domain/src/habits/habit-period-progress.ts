import { calendarDateOf, type DayNumber, type WeekdayName } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import {
  isPeriodBased,
  periodContaining,
  periodKindOf,
  scheduledDayTest,
  timesPerPeriod,
} from "./habit-schedule";
import { type HabitTarget, isTargetMet } from "./habit-target";

/** What a day of a habit holds as far as counting goes. */
export type DayOutcome = "done" | "skipped" | "none";

/**
 * The day, week or month around today: what it asks for, what is done, and whether today is due. A
 * numeric period-based habit (`numeric`) asks for one thing per period: its total meeting the target.
 */
export function currentPeriodProgress(
  habit: { frequency: HabitFrequency; weekStartsOn: WeekdayName },
  span: { start: DayNumber; end: DayNumber; today: DayNumber },
  outcomeOn: (day: DayNumber) => DayOutcome,
  numeric: { target: HabitTarget; valueOn: (day: DayNumber) => number } | null = null,
) {
  const { start, end, today } = span;
  const period = periodContaining(periodKindOf(habit.frequency), today, habit.weekStartsOn);
  const first = Math.max(period.first, start);
  const last = Math.min(period.last, end);
  const periodBased = isPeriodBased(habit.frequency);
  const isScheduled = periodBased ? () => true : scheduledDayTest(habit.frequency, start);

  let eligible = 0;
  let completed = 0;
  let total = 0;
  for (let day = first; day <= last; day++) {
    const outcome = outcomeOn(day);
    if (outcome === "skipped" || !isScheduled(day)) continue;
    eligible += 1;
    if (outcome === "done") completed += 1;
    if (numeric) total += numeric.valueOn(day);
  }
  if (periodBased && numeric) {
    return {
      periodStart: calendarDateOf(period.first),
      periodEnd: calendarDateOf(period.last),
      ...periodTotalProgress({ ...span, last, eligible, total }, numeric, outcomeOn),
    };
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

/** Progress of a numeric period-based habit: the period is one occasion, met or not by its total. */
function periodTotalProgress(
  span: {
    start: DayNumber;
    end: DayNumber;
    today: DayNumber;
    last: DayNumber;
    eligible: number;
    total: number;
  },
  numeric: { target: HabitTarget; valueOn: (day: DayNumber) => number },
  outcomeOn: (day: DayNumber) => DayOutcome,
) {
  const { start, end, today, last, eligible, total } = span;
  const hasEnded = last < today;
  const met = eligible > 0 && isTargetMet(total, numeric.target, hasEnded);
  const todayCounts = today >= start && today <= end && outcomeOn(today) !== "skipped";
  // Due while the period's target is unmet without today's own entries.
  const metBeforeToday =
    eligible > 0 && isTargetMet(total - numeric.valueOn(today), numeric.target, hasEnded);
  return {
    completedInPeriod: met ? 1 : 0,
    targetInPeriod: eligible > 0 ? 1 : 0,
    isDueToday: todayCounts && !metBeforeToday,
    isCompletedToday: todayCounts && met,
  };
}
