import { FrequencyType } from "@momentum/db";
import {
  type DayNumber,
  dayNumberFromParts,
  daysInMonth,
  partsOfDay,
  weekdayIndexOf,
  weekdayNames,
  type WeekdayName,
} from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";

/** The span of calendar days a habit's progress is measured over: a day, a week or a month. */
export type PeriodKind = "day" | "week" | "month";

export interface DayRange {
  first: DayNumber;
  last: DayNumber;
}

/** Day-based frequencies have single scheduled days; period-based ones a number of completions per period. */
export const isPeriodBased = (frequency: HabitFrequency): boolean =>
  frequency.type === FrequencyType.TimesPerWeek || frequency.type === FrequencyType.TimesPerMonth;

export function periodKindOf(frequency: HabitFrequency): PeriodKind {
  switch (frequency.type) {
    case FrequencyType.Daily:
    case FrequencyType.EveryNDays:
      return "day";
    case FrequencyType.Weekly:
    case FrequencyType.TimesPerWeek:
      return "week";
    case FrequencyType.Monthly:
    case FrequencyType.TimesPerMonth:
      return "month";
  }
}

/** The day, week (starting on `weekStartsOn`) or calendar month that contains `day`. */
export function periodContaining(kind: PeriodKind, day: DayNumber, weekStartsOn: WeekdayName): DayRange {
  if (kind === "day") return { first: day, last: day };
  if (kind === "week") {
    const first = day - ((weekdayIndexOf(day) - weekdayNames.indexOf(weekStartsOn) + 7) % 7);
    return { first, last: first + 6 };
  }
  const { year, month } = partsOfDay(day);
  const first = dayNumberFromParts(year, month, 1);
  return { first, last: first + daysInMonth(year, month) - 1 };
}

/**
 * Whether a day-based habit is scheduled on `day` (start and end dates aside). Period-based habits
 * may be done on any day. MONTHLY days past the month's end fall on its last day.
 */
export function scheduledDayTest(
  frequency: HabitFrequency,
  startDay: DayNumber,
): (day: DayNumber) => boolean {
  switch (frequency.type) {
    case FrequencyType.Weekly: {
      const onWeekday = weekdayNames.map((name) => frequency.config.days.includes(name));
      return (day) => onWeekday[weekdayIndexOf(day)]!;
    }
    case FrequencyType.EveryNDays: {
      const { n } = frequency.config;
      return (day) => (((day - startDay) % n) + n) % n === 0;
    }
    case FrequencyType.Monthly: {
      // Days are asked for in order, so the scheduled days are worked out once per month.
      const { days } = frequency.config;
      let monthFirst = 1;
      let monthLast = 0;
      let scheduled: DayNumber[] = [];
      return (day) => {
        if (day < monthFirst || day > monthLast) {
          const { year, month } = partsOfDay(day);
          const length = daysInMonth(year, month);
          monthFirst = dayNumberFromParts(year, month, 1);
          monthLast = monthFirst + length - 1;
          scheduled = days.map((dayOfMonth) => monthFirst + Math.min(dayOfMonth, length) - 1);
        }
        return scheduled.includes(day);
      };
    }
    default:
      return () => true;
  }
}

/** Completions a period-based habit asks for in each period. */
export function timesPerPeriod(frequency: HabitFrequency): number {
  return frequency.type === FrequencyType.TimesPerWeek || frequency.type === FrequencyType.TimesPerMonth
    ? frequency.config.times
    : 1;
}

const AVERAGE_MONTH_DAYS = 365.2425 / 12;

/** Expected completions per day, the "frequency" of Loop Habit Tracker's score (3 a week is 3/7). */
export function completionsPerDay(frequency: HabitFrequency): number {
  switch (frequency.type) {
    case FrequencyType.Daily:
      return 1;
    case FrequencyType.Weekly:
      return frequency.config.days.length / 7;
    case FrequencyType.TimesPerWeek:
      return frequency.config.times / 7;
    case FrequencyType.TimesPerMonth:
      return frequency.config.times / AVERAGE_MONTH_DAYS;
    case FrequencyType.EveryNDays:
      return 1 / frequency.config.n;
    case FrequencyType.Monthly:
      return frequency.config.days.length / AVERAGE_MONTH_DAYS;
  }
}

/** Nominal length in days of one period, for the strength multiplier of period-based habits. */
export const nominalPeriodDays = (kind: PeriodKind): number =>
  kind === "day" ? 1 : kind === "week" ? 7 : AVERAGE_MONTH_DAYS;
