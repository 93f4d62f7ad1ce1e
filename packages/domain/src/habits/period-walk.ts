import { HabitTargetType } from "@momentum/db";
import { type DayNumber } from "../time/calendar-day";
import { completionsPerDay, nominalPeriodDays, periodContaining, periodKindOf } from "./habit-schedule";
import { nextStrength, strengthMultiplier } from "./habit-strength";
import { isTargetMet, shareOfTarget } from "./habit-target";
import { SKIPPED, type StreakEngineInput, type Timeline } from "./streak-engine";
import { closeRun, countCompletion, extendRun, type History, takeSnapshot } from "./streak-walk";

// The streak engine's walks over periods (TIMES_PER_WEEK, TIMES_PER_MONTH). For numeric habits the
// target is per period, so each period is one occasion, done or not by the total logged in it
// (habit-target's rule).

/**
 * The periods a walk goes through, from its resume point to the horizon, each with its first and last
 * day within the habit; the checkpoint is taken on reaching its period.
 */
export function* periodsWalked(input: StreakEngineInput, timeline: Timeline, history: History) {
  const { start, end, origin, resumeAt, horizon, snapshotAt } = timeline;
  const kind = periodKindOf(input.frequency);
  for (
    let period = periodContaining(kind, Math.max(resumeAt, origin), input.weekStartsOn);
    period.first <= horizon;
    period = periodContaining(kind, period.last + 1, input.weekStartsOn)
  ) {
    if (period.first === snapshotAt) takeSnapshot(history, period.first);
    yield { period, first: Math.max(period.first, start), last: Math.min(period.last, end) };
  }
}

/** Numeric period-based habits: each period is done by the target rule on the total logged in it. */
export function walkPeriodTotals(
  input: StreakEngineInput,
  timeline: Timeline,
  history: History,
  numeric: NonNullable<Timeline["numeric"]>,
): void {
  const { origin, today, horizon, outcomes, windowStart } = timeline;
  const kind = periodKindOf(input.frequency);
  const multiplier = strengthMultiplier(completionsPerDay(input.frequency), nominalPeriodDays(kind));

  for (const { period, first, last } of periodsWalked(input, timeline, history)) {
    let total = 0;
    let skipped = 0;
    let firstLogged: DayNumber | null = null;
    let lastLogged = 0;
    for (let day = first, until = Math.min(last, horizon); day <= until; day++) {
      if (outcomes[day - origin] === SKIPPED) {
        skipped += 1;
        continue;
      }
      const value = numeric.values[day - origin]!;
      if (value <= 0) continue;
      total += value;
      firstLogged ??= day;
      lastLogged = day;
    }
    // A period whose days were all skipped (or lie outside the habit) is neutral.
    if (last - first + 1 - skipped <= 0) continue;
    const hasEnded = last < today;
    const met = isTargetMet(total, numeric.target, hasEnded);
    if (!met && period.last >= today) continue;

    history.score = nextStrength(history.score, shareOfTarget(total, numeric.target, hasEnded), multiplier);
    if (period.last >= windowStart && period.first <= today) {
      history.windowOccasions += 1;
      if (met) history.windowDone += 1;
    }
    if (!met) {
      closeRun(history);
      continue;
    }
    // An AT_LEAST period runs over the days that made it up; an AT_MOST one over the whole period.
    const atMost = numeric.target.type === HabitTargetType.AtMost;
    const runFirst = atMost || firstLogged === null ? first : firstLogged;
    const runLast = atMost || firstLogged === null ? last : lastLogged;
    extendRun(history, runFirst, runLast);
    countCompletion(history, runLast);
  }
}
