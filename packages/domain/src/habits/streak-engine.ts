import { calendarDateOf, type DayNumber, dayNumberOf, type WeekdayName } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import {
  completionsPerDay,
  isPeriodBased,
  nominalPeriodDays,
  periodContaining,
  periodKindOf,
  scheduledDayTest,
  timesPerPeriod,
} from "./habit-schedule";
import { nextStrength, strengthMultiplier, strengthPercent } from "./habit-strength";

// The streak engine: a pure function of a habit's schedule, its logs and "today" in the user's zone.
// Rules (issue 6):
// - Day-based frequencies (DAILY, WEEKLY, EVERY_N_DAYS, MONTHLY): a streak is a run of scheduled days
//   done; unscheduled days are ignored; a skipped day neither counts nor breaks; a scheduled day from
//   today on that is not done yet is still open and breaks nothing.
// - Period-based (TIMES_PER_WEEK, TIMES_PER_MONTH): a streak is a run of periods that met their
//   target. A skipped day is taken out of its period, as are days before startDate or after endDate,
//   so a period asks for min(times, days left in it); a period with no day left is neutral. An open
//   period (today or later) counts once met and breaks nothing while open.
// - Once the end date has passed, the habit is over: its last run is no longer active.

export type HabitLogStatus = "done" | "skipped";

export interface HabitLogFact {
  /** The user's calendar day the log is for, YYYY-MM-DD. */
  date: string;
  status: HabitLogStatus;
  value: number | null;
}

export interface StreakEngineInput {
  frequency: HabitFrequency;
  startDate: string;
  endDate: string | null;
  logs: readonly HabitLogFact[];
  /** Today in the user's zone, YYYY-MM-DD. */
  today: string;
  weekStartsOn: WeekdayName;
}

export interface StreakRun {
  /** The first and last completed day of the run. */
  startDate: string;
  endDate: string;
  /** Scheduled days (day-based) or periods (period-based) in the run. */
  length: number;
  isActive: boolean;
}

export interface HabitProgressFacts {
  periodStart: string;
  periodEnd: string;
  completedInPeriod: number;
  targetInPeriod: number;
  isDueToday: boolean;
  isCompletedToday: boolean;
  /** 0..1 over the scheduled occasions of the last 30 days. */
  completionRate30d: number;
  /** 0..100. */
  strength: number;
}

export interface HabitEvaluation {
  currentStreak: number;
  longestStreak: number;
  /** Oldest first. */
  streaks: StreakRun[];
  progress: HabitProgressFacts;
  totalCompletions: number;
  lastCompletedDate: string | null;
}

const NOTHING = 0;
const DONE = 1;
const SKIPPED = 2;

interface Run {
  first: DayNumber;
  last: DayNumber;
  length: number;
}

/** What the walk over a habit's history collects. */
interface History {
  runs: Run[];
  openRun: Run | null;
  score: number;
  windowOccasions: number;
  windowDone: number;
}

interface Timeline {
  start: DayNumber;
  end: DayNumber;
  today: DayNumber;
  /** Last day with an outcome: today, or a later log's day (after a move to a zone further west), capped at end. */
  horizon: DayNumber;
  /** Outcome per day from start to horizon. */
  outcomes: Uint8Array;
  /** First day of the 30-day completion-rate window. */
  windowStart: DayNumber;
}

export function evaluateHabit(input: StreakEngineInput): HabitEvaluation {
  const { timeline, totalCompletions, lastCompleted } = timelineOf(input);
  const history = isPeriodBased(input.frequency)
    ? walkPeriods(input, timeline)
    : walkScheduledDays(input, timeline);
  const stillRunning = timeline.today <= timeline.end;
  const runs: StreakRun[] = history.runs.map((run) => streakRunOf(run, false));
  if (history.openRun) runs.push(streakRunOf(history.openRun, stillRunning));
  const current = stillRunning ? (history.openRun?.length ?? 0) : 0;

  return {
    currentStreak: current,
    longestStreak: runs.reduce((longest, run) => Math.max(longest, run.length), 0),
    streaks: runs,
    progress: {
      ...currentPeriodProgress(input, timeline),
      completionRate30d: history.windowOccasions === 0 ? 0 : history.windowDone / history.windowOccasions,
      strength: strengthPercent(history.score),
    },
    totalCompletions,
    lastCompletedDate: lastCompleted === null ? null : calendarDateOf(lastCompleted),
  };
}

const streakRunOf = (run: Run, isActive: boolean): StreakRun => ({
  startDate: calendarDateOf(run.first),
  endDate: calendarDateOf(run.last),
  length: run.length,
  isActive,
});

function timelineOf(input: StreakEngineInput) {
  const start = dayNumberOf(input.startDate);
  const end = input.endDate ? dayNumberOf(input.endDate) : Number.POSITIVE_INFINITY;
  const today = dayNumberOf(input.today);
  const target = input.frequency.config.target;
  const days = new Int32Array(input.logs.length);
  let latest = today;
  let totalCompletions = 0;
  let lastCompleted: DayNumber | null = null;
  input.logs.forEach((log, index) => {
    const day = dayNumberOf(log.date);
    days[index] = day;
    if (day > latest) latest = day;
    if (isDone(log, target)) {
      totalCompletions += 1;
      if (lastCompleted === null || day > lastCompleted) lastCompleted = day;
    }
  });

  const horizon = Math.min(end, latest);
  const outcomes = new Uint8Array(Math.max(0, horizon - start + 1));
  input.logs.forEach((log, index) => {
    const day = days[index]!;
    if (day < start || day > horizon) return;
    outcomes[day - start] = log.status === "skipped" ? SKIPPED : isDone(log, target) ? DONE : NOTHING;
  });
  const timeline: Timeline = { start, end, today, horizon, outcomes, windowStart: today - 29 };
  return { timeline, totalCompletions, lastCompleted };
}

/** A log counts as done when it is not a skip and, for a measurable habit, reaches the target. */
const isDone = (log: HabitLogFact, target: number | undefined): boolean =>
  log.status === "done" && (target === undefined || (log.value ?? 0) >= target);

export const countsAsDone = (log: HabitLogFact, frequency: HabitFrequency): boolean =>
  isDone(log, frequency.config.target);

const outcomeOn = (timeline: Timeline, day: DayNumber): number =>
  day < timeline.start || day > timeline.horizon ? NOTHING : timeline.outcomes[day - timeline.start]!;

function walkScheduledDays(input: StreakEngineInput, timeline: Timeline): History {
  const { start, today, horizon, outcomes, windowStart } = timeline;
  const isScheduled = scheduledDayTest(input.frequency, start);
  const perDay = completionsPerDay(input.frequency);
  const multiplier = strengthMultiplier(perDay, 1 / perDay);
  const history: History = { runs: [], openRun: null, score: 0, windowOccasions: 0, windowDone: 0 };

  for (let day = start; day <= horizon; day++) {
    const outcome = outcomes[day - start]!;
    if (outcome === SKIPPED || !isScheduled(day)) continue;
    const inWindow = day >= windowStart && day <= today;
    if (outcome === DONE) {
      extendRun(history, day, day);
      history.score = nextStrength(history.score, 1, multiplier);
      if (inWindow) {
        history.windowOccasions += 1;
        history.windowDone += 1;
      }
    } else if (day < today) {
      history.score = nextStrength(history.score, 0, multiplier);
      if (inWindow) history.windowOccasions += 1;
      closeRun(history);
    }
  }
  return history;
}

function walkPeriods(input: StreakEngineInput, timeline: Timeline): History {
  const { start, end, today, horizon, outcomes, windowStart } = timeline;
  const kind = periodKindOf(input.frequency);
  const times = timesPerPeriod(input.frequency);
  const multiplier = strengthMultiplier(completionsPerDay(input.frequency), nominalPeriodDays(kind));
  const history: History = { runs: [], openRun: null, score: 0, windowOccasions: 0, windowDone: 0 };

  for (
    let period = periodContaining(kind, start, input.weekStartsOn);
    period.first <= horizon;
    period = periodContaining(kind, period.last + 1, input.weekStartsOn)
  ) {
    const first = Math.max(period.first, start);
    const last = Math.min(period.last, end);
    let done = 0;
    let skipped = 0;
    let firstDone = 0;
    let lastDone = 0;
    for (let day = first, until = Math.min(last, horizon); day <= until; day++) {
      const outcome = outcomes[day - start];
      if (outcome === SKIPPED) skipped += 1;
      else if (outcome === DONE) {
        if (done === 0) firstDone = day;
        lastDone = day;
        done += 1;
      }
    }
    const required = Math.min(times, last - first + 1 - skipped);
    if (required <= 0) continue;
    const met = done >= required;
    const open = period.last >= today;
    if (!met && open) continue;

    history.score = nextStrength(history.score, Math.min(1, done / required), multiplier);
    if (period.last >= windowStart && period.first <= today) {
      history.windowOccasions += required;
      history.windowDone += Math.min(done, required);
    }
    if (met) extendRun(history, firstDone, lastDone);
    else closeRun(history);
  }
  return history;
}

function extendRun(history: History, first: DayNumber, last: DayNumber): void {
  if (history.openRun) {
    history.openRun.last = last;
    history.openRun.length += 1;
  } else {
    history.openRun = { first, last, length: 1 };
  }
}

function closeRun(history: History): void {
  if (!history.openRun) return;
  history.runs.push(history.openRun);
  history.openRun = null;
}

/** The day, week or month around today: what it asks for, what is done, and whether today is due. */
function currentPeriodProgress(input: StreakEngineInput, timeline: Timeline) {
  const { start, end, today } = timeline;
  const period = periodContaining(periodKindOf(input.frequency), today, input.weekStartsOn);
  const first = Math.max(period.first, start);
  const last = Math.min(period.last, end);
  const periodBased = isPeriodBased(input.frequency);
  const isScheduled = periodBased ? () => true : scheduledDayTest(input.frequency, start);

  let eligible = 0;
  let completed = 0;
  for (let day = first; day <= last; day++) {
    const outcome = outcomeOn(timeline, day);
    if (outcome === SKIPPED || !isScheduled(day)) continue;
    eligible += 1;
    if (outcome === DONE) completed += 1;
  }
  const target = periodBased ? Math.min(timesPerPeriod(input.frequency), eligible) : eligible;
  const todayOutcome = outcomeOn(timeline, today);
  const isCompletedToday = todayOutcome === DONE;
  const todayCounts = today >= start && today <= end && todayOutcome !== SKIPPED && isScheduled(today);
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
