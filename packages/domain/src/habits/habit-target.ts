import { FrequencyType, type Habit, HabitTargetType } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";

// Numeric habits (issue 17): a habit with a target value is measured by the total logged for a day, or
// for a period with TIMES_PER_WEEK / TIMES_PER_MONTH. This file holds the one rule that says whether
// such a day or period is done; streaks, strength, completion rates, progress, completions (and so goals
// and achievements) all ask it.

/** A numeric habit's target: `value` per scheduled day (or per period), reached or not exceeded. */
export interface HabitTarget {
  value: number;
  type: HabitTargetType;
}

/** The habit's target, or null for a yes/no habit (a log that is not a skip is a done day). */
export const targetOf = (habit: Pick<Habit, "targetValue" | "targetType">): HabitTarget | null =>
  habit.targetValue == null ? null : { value: habit.targetValue, type: habit.targetType };

/**
 * Whether a day or period with `total` logged (0 when nothing was logged) is done. AT_LEAST: once the
 * total reaches the target. AT_MOST: once it is over (`hasEnded`) with the total at or under the
 * target, so a day with nothing logged counts as done once it has passed, as in Loop Habit Tracker.
 */
export function isTargetMet(total: number, target: HabitTarget, hasEnded: boolean): boolean {
  return target.type === HabitTargetType.AtMost ? hasEnded && total <= target.value : total >= target.value;
}

/** Share (0..1) of an AT_LEAST target a total reached, for strength; AT_MOST is all or nothing. */
export function shareOfTarget(total: number, target: HabitTarget, hasEnded: boolean): number {
  if (target.type === HabitTargetType.AtMost) return isTargetMet(total, target, hasEnded) ? 1 : 0;
  return Math.min(1, total / target.value);
}

/** An AT_MOST habit needs a target value: "at most" of nothing is no rule. */
export function assertTargetComplete(habit: Pick<Habit, "targetValue" | "targetType">, field: string): void {
  if (habit.targetType === HabitTargetType.AtMost && habit.targetValue == null) {
    throw invalidInput([{ field, message: "is required when targetType is AT_MOST" }]);
  }
}

/**
 * A frequency config written before numeric habits had their own fields (exports and imports of
 * then): its `target` and `unit` become the habit's, as the migration moved stored ones (a per-day
 * target of a TIMES_PER_WEEK / TIMES_PER_MONTH habit adds up to target × times per period).
 */
export function liftLegacyTarget(
  frequencyType: FrequencyType,
  config: Record<string, unknown>,
): { frequencyConfig: Record<string, unknown>; targetValue: number | null; unit: string | null } {
  const { target, unit, ...frequencyConfig } = config;
  const perPeriod =
    frequencyType === FrequencyType.TimesPerWeek || frequencyType === FrequencyType.TimesPerMonth;
  const times = typeof frequencyConfig.times === "number" ? frequencyConfig.times : 1;
  return {
    frequencyConfig,
    targetValue: typeof target === "number" ? target * (perPeriod ? times : 1) : null,
    unit: typeof unit === "string" ? unit : null,
  };
}
