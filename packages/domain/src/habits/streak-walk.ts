import { calendarDateOf, type DayNumber, dayNumberOf } from "../time/calendar-day";
import { type StreakCheckpoint } from "./streak-checkpoint";

// What the streak engine's walk over a habit's days carries from one occasion to the next: the runs,
// the strength score and the 30-day window, and a snapshot of it at a checkpoint day when asked for.

export interface Run {
  first: DayNumber;
  last: DayNumber;
  length: number;
}

/** What the walk over a habit's history collects. */
export interface History {
  runs: Run[];
  openRun: Run | null;
  /** The longest run closed before the walk resumed. */
  longestClosed: number;
  score: number;
  windowOccasions: number;
  windowDone: number;
  /** Occasions done and the last day of the latest: a numeric habit's completions (yes/no habits count logs). */
  completions: number;
  lastCompleted: DayNumber | null;
  /** The walk as it stood on reaching the checkpoint day, when one was asked for. */
  snapshot: Snapshot | null;
}

export interface Snapshot {
  day: DayNumber;
  openRun: Run | null;
  longestClosed: number;
  score: number;
  completions: number;
  lastCompleted: DayNumber | null;
}

/** The walk as it stood at `from`, ready to go on. */
export function historyFrom(from: StreakCheckpoint): History {
  const openRun = from.openRun && {
    first: dayNumberOf(from.openRun.startDate),
    last: dayNumberOf(from.openRun.endDate),
    length: from.openRun.length,
  };
  return {
    runs: [],
    openRun,
    longestClosed: from.longestClosed,
    score: from.score,
    windowOccasions: 0,
    windowDone: 0,
    completions: from.completions,
    lastCompleted: from.lastCompletedDate === null ? null : dayNumberOf(from.lastCompletedDate),
    snapshot: null,
  };
}

export function takeSnapshot(history: History, day: DayNumber): void {
  if (history.snapshot) return;
  const longestClosed = history.runs.reduce(
    (longest, run) => Math.max(longest, run.length),
    history.longestClosed,
  );
  const openRun = history.openRun && { ...history.openRun };
  history.snapshot = {
    day,
    openRun,
    longestClosed,
    score: history.score,
    completions: history.completions,
    lastCompleted: history.lastCompleted,
  };
}

export function checkpointOf(
  snapshot: Snapshot,
  completionsBefore: (day: DayNumber) => { completions: number; lastCompleted: DayNumber | null },
): StreakCheckpoint {
  const { completions, lastCompleted } = completionsBefore(snapshot.day);
  const run = snapshot.openRun;
  return {
    day: calendarDateOf(snapshot.day),
    openRun: run && {
      startDate: calendarDateOf(run.first),
      endDate: calendarDateOf(run.last),
      length: run.length,
    },
    longestClosed: snapshot.longestClosed,
    score: snapshot.score,
    completions,
    lastCompletedDate: lastCompleted === null ? null : calendarDateOf(lastCompleted),
  };
}

export function extendRun(history: History, first: DayNumber, last: DayNumber): void {
  if (history.openRun) {
    history.openRun.last = last;
    history.openRun.length += 1;
  } else {
    history.openRun = { first, last, length: 1 };
  }
}

export function closeRun(history: History): void {
  if (!history.openRun) return;
  history.runs.push(history.openRun);
  history.openRun = null;
}

export function countCompletion(history: History, day: DayNumber): void {
  history.completions += 1;
  if (history.lastCompleted === null || day > history.lastCompleted) history.lastCompleted = day;
}
