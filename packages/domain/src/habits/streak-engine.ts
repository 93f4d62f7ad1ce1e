import { calendarDateOf, type DayNumber, dayNumberOf, type WeekdayName } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import {
  completionsPerDay,
  isPeriodBased,
  nominalPeriodDays,
  periodKindOf,
  scheduledDayTest,
  timesPerPeriod,
} from "./habit-schedule";
import { nextStrength, strengthMultiplier, strengthPercent } from "./habit-strength";
import { currentPeriodProgress, type DayOutcome } from "./habit-period-progress";
import { type HabitTarget, isTargetMet } from "./habit-target";
import { initialCheckpoint, type StreakCheckpoint } from "./streak-checkpoint";
import {
  checkpointOf,
  closeRun,
  extendRun,
  type History,
  historyFrom,
  countCompletion,
  type Run,
  takeSnapshot,
} from "./streak-walk";
import { periodsWalked, walkPeriodTotals } from "./period-walk";

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
// - Numeric habits (a target): a day (day-based) or period (period-based) is done by habit-target's
//   rule on the total logged for it; days with nothing logged total 0, so an AT_MOST day passes once
//   over. Their completions are the occasions done (days or periods), counted by the walk.

export type HabitLogStatus = "done" | "skipped";

export interface HabitLogFact {
  /** The user's calendar day the log is for, YYYY-MM-DD. */
  date: string;
  status: HabitLogStatus;
  value: number | null;
}

export interface StreakEngineInput {
  frequency: HabitFrequency;
  /** A numeric habit's target; null or absent for a yes/no habit. */
  target?: HabitTarget | null;
  startDate: string;
  endDate: string | null;
  logs: readonly HabitLogFact[];
  /** Today in the user's zone, YYYY-MM-DD. */
  today: string;
  weekStartsOn: WeekdayName;
  /** Resume the walk here (logs before its day are ignored); default: the habit's start. */
  from?: StreakCheckpoint;
  /** A period boundary to record a checkpoint at, for the next read or write to resume from. */
  checkpointAt?: string;
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
  /** Oldest first; when resumed from a checkpoint, the runs from its open run (or its day) on. */
  streaks: StreakRun[];
  progress: HabitProgressFacts;
  totalCompletions: number;
  lastCompletedDate: string | null;
  /** The walk at `checkpointAt` (or at `from` when that is later); null when none was asked for. */
  checkpoint: StreakCheckpoint | null;
}

const NOTHING = 0;
const DONE = 1;
export const SKIPPED = 2;
const outcomeNames: DayOutcome[] = ["none", "done", "skipped"];

export interface Timeline {
  start: DayNumber;
  end: DayNumber;
  /** The first day walked: the habit's start or the checkpoint's day, whichever is later. */
  origin: DayNumber;
  /** Where the walk of periods begins: the checkpoint's day (a period boundary). */
  resumeAt: DayNumber;
  /** The day to record a checkpoint at, or null. */
  snapshotAt: DayNumber | null;
  today: DayNumber;
  /** Last day with an outcome: today, or a later log's day (after a move to a zone further west), capped at end. */
  horizon: DayNumber;
  /** Outcome per day from origin to horizon. */
  outcomes: Uint8Array;
  /** A numeric habit's target, with the value logged per day from origin to horizon; null for yes/no. */
  numeric: { target: HabitTarget; values: Float64Array } | null;
  /** First day of the 30-day completion-rate window. */
  windowStart: DayNumber;
}

export function evaluateHabit(input: StreakEngineInput): HabitEvaluation {
  const from = input.from ?? initialCheckpoint(input.frequency, input.startDate, input.weekStartsOn);
  const { timeline, totalCompletions, lastCompleted, completionsBefore } = timelineOf(input, from);
  const history = historyFrom(from);
  // Nothing is walked before the first day: a checkpoint asked for at or before it is the start state.
  if (timeline.snapshotAt !== null && timeline.snapshotAt <= timeline.origin) {
    takeSnapshot(history, timeline.snapshotAt);
  }
  if (isPeriodBased(input.frequency)) walkPeriods(input, timeline, history);
  else walkScheduledDays(input, timeline, history);
  if (timeline.snapshotAt !== null && !history.snapshot) {
    // Not reached: the checkpoint lies past the habit's end, so nothing after it is ever walked.
    if (timeline.snapshotAt <= timeline.horizon) throw new Error("checkpointAt is not a period boundary");
    takeSnapshot(history, timeline.snapshotAt);
  }
  const stillRunning = timeline.today <= timeline.end;
  const runs: StreakRun[] = history.runs.map((run) => streakRunOf(run, false));
  if (history.openRun) runs.push(streakRunOf(history.openRun, stillRunning));
  const current = stillRunning ? (history.openRun?.length ?? 0) : 0;

  return {
    currentStreak: current,
    longestStreak: runs.reduce((longest, run) => Math.max(longest, run.length), history.longestClosed),
    streaks: runs,
    progress: {
      ...currentPeriodProgress(
        input,
        timeline,
        (day) => outcomeNames[outcomeOn(timeline, day)]!,
        timeline.numeric && { target: timeline.numeric.target, valueOn: (day) => valueOn(timeline, day) },
      ),
      completionRate30d: history.windowOccasions === 0 ? 0 : history.windowDone / history.windowOccasions,
      strength: strengthPercent(history.score),
    },
    ...(timeline.numeric
      ? {
          totalCompletions: history.completions,
          lastCompletedDate: history.lastCompleted === null ? null : calendarDateOf(history.lastCompleted),
          checkpoint: history.snapshot && checkpointOf(history.snapshot, () => history.snapshot!),
        }
      : {
          totalCompletions,
          lastCompletedDate: lastCompleted === null ? null : calendarDateOf(lastCompleted),
          checkpoint: history.snapshot && checkpointOf(history.snapshot, completionsBefore),
        }),
  };
}

const streakRunOf = (run: Run, isActive: boolean): StreakRun => ({
  startDate: calendarDateOf(run.first),
  endDate: calendarDateOf(run.last),
  length: run.length,
  isActive,
});

function timelineOf(input: StreakEngineInput, from: StreakCheckpoint) {
  const start = dayNumberOf(input.startDate);
  const end = input.endDate ? dayNumberOf(input.endDate) : Number.POSITIVE_INFINITY;
  const today = dayNumberOf(input.today);
  const resumeAt = dayNumberOf(from.day);
  const origin = Math.max(start, resumeAt);
  const snapshotAt = input.checkpointAt ? Math.max(resumeAt, dayNumberOf(input.checkpointAt)) : null;
  const target = input.target ?? null;
  const days = new Int32Array(input.logs.length);
  let latest = today;
  const doneDays: DayNumber[] = [];
  let lastCompleted: DayNumber | null =
    from.lastCompletedDate === null ? null : dayNumberOf(from.lastCompletedDate);
  // Logs before a checkpoint are counted in it; from the habit's start, every log counts.
  const countFrom = input.from ? resumeAt : Number.NEGATIVE_INFINITY;
  input.logs.forEach((log, index) => {
    const day = dayNumberOf(log.date);
    days[index] = day;
    if (day < countFrom) return;
    if (day > latest) latest = day;
    if (target === null && log.status === "done") {
      doneDays.push(day);
      if (lastCompleted === null || day > lastCompleted) lastCompleted = day;
    }
  });

  const horizon = Math.min(end, latest);
  const outcomes = new Uint8Array(Math.max(0, horizon - origin + 1));
  const numeric = target && { target, values: new Float64Array(outcomes.length) };
  input.logs.forEach((log, index) => {
    const day = days[index]!;
    if (day < origin || day > horizon) return;
    if (numeric) numeric.values[day - origin] = log.status === "skipped" ? 0 : (log.value ?? 0);
    if (log.status === "skipped") outcomes[day - origin] = SKIPPED;
    else if (!numeric) outcomes[day - origin] = DONE;
  });
  // A numeric habit's day is done by the target rule on its total (periods are judged in walkPeriods).
  if (numeric && !isPeriodBased(input.frequency)) {
    for (let day = origin; day <= horizon; day++) {
      const index = day - origin;
      if (outcomes[index] === SKIPPED) continue;
      outcomes[index] = isTargetMet(numeric.values[index]!, numeric.target, day < today) ? DONE : NOTHING;
    }
  }
  const timeline: Timeline = {
    start,
    end,
    origin,
    resumeAt,
    snapshotAt,
    today,
    horizon,
    outcomes,
    numeric,
    windowStart: today - 29,
  };
  /** Completions dated before `day` (the checkpoint's own plus the logs walked before it). */
  const completionsBefore = (day: DayNumber) => {
    let completions = from.completions;
    let last = from.lastCompletedDate === null ? null : dayNumberOf(from.lastCompletedDate);
    for (const done of doneDays) {
      if (done >= day) continue;
      completions += 1;
      if (last === null || done > last) last = done;
    }
    return { completions, lastCompleted: last };
  };
  return {
    timeline,
    totalCompletions: from.completions + doneDays.length,
    lastCompleted,
    completionsBefore,
  };
}

/**
 * Whether a log counts as done on its own: not a skip and, for a numeric habit, its day's total meets
 * the target by habit-target's rule (an AT_MOST day once it is before `today`).
 */
export const countsAsDone = (log: HabitLogFact, target: HabitTarget | null, today: string): boolean =>
  log.status === "done" && (target === null || isTargetMet(log.value ?? 0, target, log.date < today));

const outcomeOn = (timeline: Timeline, day: DayNumber): number =>
  day < timeline.origin || day > timeline.horizon ? NOTHING : timeline.outcomes[day - timeline.origin]!;

const valueOn = (timeline: Timeline, day: DayNumber): number =>
  day < timeline.origin || day > timeline.horizon || !timeline.numeric
    ? 0
    : timeline.numeric.values[day - timeline.origin]!;

function walkScheduledDays(input: StreakEngineInput, timeline: Timeline, history: History): void {
  const { start, origin, today, horizon, outcomes, windowStart, snapshotAt } = timeline;
  const isScheduled = scheduledDayTest(input.frequency, start);
  const perDay = completionsPerDay(input.frequency);
  const multiplier = strengthMultiplier(perDay, 1 / perDay);

  for (let day = origin; day <= horizon; day++) {
    if (day === snapshotAt) takeSnapshot(history, day);
    const outcome = outcomes[day - origin]!;
    if (outcome === SKIPPED || !isScheduled(day)) continue;
    const inWindow = day >= windowStart && day <= today;
    if (outcome === DONE) {
      extendRun(history, day, day);
      countCompletion(history, day);
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
}

function walkPeriods(input: StreakEngineInput, timeline: Timeline, history: History): void {
  const { origin, today, horizon, outcomes, windowStart } = timeline;
  if (timeline.numeric) return walkPeriodTotals(input, timeline, history, timeline.numeric);
  const kind = periodKindOf(input.frequency);
  const times = timesPerPeriod(input.frequency);
  const multiplier = strengthMultiplier(completionsPerDay(input.frequency), nominalPeriodDays(kind));

  for (const { period, first, last } of periodsWalked(input, timeline, history)) {
    let done = 0;
    let skipped = 0;
    let firstDone = 0;
    let lastDone = 0;
    for (let day = first, until = Math.min(last, horizon); day <= until; day++) {
      const outcome = outcomes[day - origin];
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
}
