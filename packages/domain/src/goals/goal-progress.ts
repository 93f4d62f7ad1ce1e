import { MeasurementType } from "@momentum/db";

/** What a goal's progress is worked out from, per measurement type. */
export type GoalMeasure =
  /** From startValue towards targetValue, either way: 80 kg -> 72 kg is a goal that goes down. */
  | { type: MeasurementType.Numeric; currentValue: number; targetValue: number; startValue: number }
  | { type: MeasurementType.Percentage; currentValue: number }
  /** Done (any value but 0) or not. */
  | { type: MeasurementType.Boolean; currentValue: number }
  /** Linked tasks completed, of those that still count (not deleted, not cancelled). */
  | { type: MeasurementType.Tasks; completed: number; counted: number }
  /** Completions of the linked habits since the goal's start, towards targetValue. */
  | { type: MeasurementType.Habits; completions: number; targetValue: number }
  | { type: MeasurementType.Milestones; completed: number; total: number };

export const FULL_PROGRESS = 100;

/** The share reached, unrounded and unclamped (1 = the target). Nothing to measure yet is 0. */
function shareReached(measure: GoalMeasure): number {
  switch (measure.type) {
    case MeasurementType.Numeric: {
      const span = measure.targetValue - measure.startValue;
      // A target equal to its start is refused on input; should one be stored, reaching it is all there is.
      if (span === 0) return measure.currentValue === measure.targetValue ? 1 : 0;
      return (measure.currentValue - measure.startValue) / span;
    }
    case MeasurementType.Percentage:
      return measure.currentValue / FULL_PROGRESS;
    case MeasurementType.Boolean:
      return measure.currentValue === 0 ? 0 : 1;
    case MeasurementType.Tasks:
      return measure.counted === 0 ? 0 : measure.completed / measure.counted;
    case MeasurementType.Habits:
      return measure.targetValue <= 0 ? 0 : measure.completions / measure.targetValue;
    case MeasurementType.Milestones:
      return measure.total === 0 ? 0 : measure.completed / measure.total;
  }
}

/** Half up at two decimals, without binary artefacts (1.005 -> 1.01); fixed notation keeps tiny values parseable. */
const roundToHundredths = (value: number): number => Math.round(Number(`${value.toFixed(12)}e2`)) / 100;

/**
 * Progress as stored in goals.progress, NUMERIC(5,2): 0..100 with two decimals. It is 100 exactly when
 * the target is reached, so rounding never completes a goal early (99.996% shows as 99.99).
 */
export function progressOf(measure: GoalMeasure): number {
  const share = shareReached(measure);
  if (!Number.isFinite(share) || share <= 0) return 0;
  if (share >= 1) return FULL_PROGRESS;
  return Math.min(roundToHundredths(share * FULL_PROGRESS), FULL_PROGRESS - 0.01);
}

/** The current value a goal shows for a measure: what was recorded, or what the links and milestones count. */
export function currentValueOf(measure: GoalMeasure): number {
  switch (measure.type) {
    case MeasurementType.Numeric:
    case MeasurementType.Percentage:
    case MeasurementType.Boolean:
      return measure.currentValue;
    case MeasurementType.Tasks:
    case MeasurementType.Milestones:
      return measure.completed;
    case MeasurementType.Habits:
      return measure.completions;
  }
}
