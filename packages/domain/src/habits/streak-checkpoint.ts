import { calendarDateOf, type DayNumber, dayNumberOf, type WeekdayName } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import { periodContaining, periodKindOf } from "./habit-schedule";

// A checkpoint is the streak engine's walk stopped at a period boundary: everything before its day is
// settled (no later "today" can change it), so a walk may resume there with only the logs from that
// day on and give exactly what a walk from the habit's start gives. Strength resumes exactly too: it
// is a running score stepped once per occasion, so resuming from the stored float repeats the same
// float operations in the same order.

export interface StreakCheckpoint {
  /** The first day not walked yet: the first day of a period (day, week or month) of the habit. */
  day: string;
  /** The run still open on `day`, if any; it may go on after it. */
  openRun: { startDate: string; endDate: string; length: number } | null;
  /** The longest run that ended before `day`. */
  longestClosed: number;
  /** Strength score (0..1, unrounded) after every occasion before `day`. */
  score: number;
  /** Logs before `day` that count as done. */
  completions: number;
  /** The last day before `day` that counts as done. */
  lastCompletedDate: string | null;
}

/** Days before "today" by which a stored checkpoint trails the 30-day window: a user moving to a zone up to a day behind still finds it usable. */
const ZONE_MOVE_MARGIN_DAYS = 2;

/** The walk before the habit's first day: its first period starts at or before startDate. */
export function initialCheckpoint(
  frequency: HabitFrequency,
  startDate: string,
  weekStartsOn: WeekdayName,
): StreakCheckpoint {
  const first = periodContaining(periodKindOf(frequency), dayNumberOf(startDate), weekStartsOn).first;
  return {
    day: calendarDateOf(first),
    openRun: null,
    longestClosed: 0,
    score: 0,
    completions: 0,
    lastCompletedDate: null,
  };
}

/**
 * The latest day a checkpoint may be at for a read on `today`: the start of the period holding the
 * first day of the 30-day window, so the window, the current period and open periods are all walked.
 */
export function latestCheckpointDay(
  frequency: HabitFrequency,
  weekStartsOn: WeekdayName,
  today: string,
): DayNumber {
  return periodContaining(periodKindOf(frequency), dayNumberOf(today) - 29, weekStartsOn).first;
}

/** Where a write on `today` stores its checkpoint: a little before the latest usable day. */
export const checkpointDayAfterWrite = (
  frequency: HabitFrequency,
  weekStartsOn: WeekdayName,
  today: string,
): string =>
  calendarDateOf(
    latestCheckpointDay(frequency, weekStartsOn, calendarDateOf(dayNumberOf(today) - ZONE_MOVE_MARGIN_DAYS)),
  );

/** Whether a read or write on `today` may resume from the checkpoint (computed for the same schedule and week start). */
export const isUsableOn = (
  checkpoint: StreakCheckpoint,
  frequency: HabitFrequency,
  weekStartsOn: WeekdayName,
  today: string,
): boolean => dayNumberOf(checkpoint.day) <= latestCheckpointDay(frequency, weekStartsOn, today);
