import { MeasurementType } from "@momentum/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentValueOf, type GoalMeasure, progressOf } from "./goal-progress";

const numeric = (currentValue: number, targetValue: number, startValue = 0): GoalMeasure => ({
  type: MeasurementType.Numeric,
  currentValue,
  targetValue,
  startValue,
});

describe("progressOf", () => {
  it.each<[string, GoalMeasure, number]>([
    ["NUMERIC half way up", numeric(50, 100), 50],
    ["NUMERIC from a start value", numeric(15, 20, 10), 50],
    ["NUMERIC going down, 80 kg towards 72 kg at 76 kg", numeric(76, 72, 80), 50],
    ["NUMERIC going down, at the start", numeric(80, 72, 80), 0],
    ["NUMERIC going down, heavier than at the start", numeric(83, 72, 80), 0],
    ["NUMERIC going down, beyond the target", numeric(70, 72, 80), 100],
    ["NUMERIC going down to zero debt", numeric(1250, 0, 5000), 75],
    ["NUMERIC beyond the target", numeric(130, 100), 100],
    ["NUMERIC below its start", numeric(-5, 100), 0],
    ["NUMERIC with a third", numeric(1, 3), 33.33],
    ["NUMERIC with two thirds (rounded half up)", numeric(2, 3), 66.67],
    ["NUMERIC with a target equal to its start, reached", numeric(5, 5, 5), 100],
    ["NUMERIC with a target equal to its start, not reached", numeric(4, 5, 5), 0],
    ["PERCENTAGE as recorded", { type: MeasurementType.Percentage, currentValue: 42.5 }, 42.5],
    ["PERCENTAGE rounded to hundredths", { type: MeasurementType.Percentage, currentValue: 1.005 }, 1.01],
    ["PERCENTAGE above 100 clamped", { type: MeasurementType.Percentage, currentValue: 140 }, 100],
    ["PERCENTAGE below 0 clamped", { type: MeasurementType.Percentage, currentValue: -3 }, 0],
    ["BOOLEAN not done", { type: MeasurementType.Boolean, currentValue: 0 }, 0],
    ["BOOLEAN done", { type: MeasurementType.Boolean, currentValue: 1 }, 100],
    ["TASKS without tasks", { type: MeasurementType.Tasks, completed: 0, counted: 0 }, 0],
    ["TASKS one of three", { type: MeasurementType.Tasks, completed: 1, counted: 3 }, 33.33],
    ["TASKS all done", { type: MeasurementType.Tasks, completed: 4, counted: 4 }, 100],
    ["HABITS 7 of 30 completions", { type: MeasurementType.Habits, completions: 7, targetValue: 30 }, 23.33],
    [
      "HABITS more completions than the target",
      { type: MeasurementType.Habits, completions: 45, targetValue: 30 },
      100,
    ],
    ["MILESTONES none yet", { type: MeasurementType.Milestones, completed: 0, total: 0 }, 0],
    ["MILESTONES two of three", { type: MeasurementType.Milestones, completed: 2, total: 3 }, 66.67],
  ])("%s", (_case, measure, expected) => {
    expect(progressOf(measure)).toBe(expected);
  });

  it("never rounds a goal that is short of its target up to 100", () => {
    expect(progressOf({ type: MeasurementType.Habits, completions: 199_999, targetValue: 200_000 })).toBe(
      99.99,
    );
    expect(progressOf({ type: MeasurementType.Percentage, currentValue: 99.999 })).toBe(99.99);
  });

  it("fits NUMERIC(5,2) for any measured values and is 100 exactly when the target is reached", () => {
    // Measurements as people record them: up to a million, with two decimals.
    const value = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((hundredths) => hundredths / 100);
    fc.assert(
      fc.property(value, value, value, (currentValue, targetValue, startValue) => {
        fc.pre(targetValue !== startValue);
        const progress = progressOf(numeric(currentValue, targetValue, startValue));
        expect(progress).toBeGreaterThanOrEqual(0);
        expect(progress).toBeLessThanOrEqual(100);
        expect(Math.round(progress * 100) / 100).toBe(progress);
        const reached = targetValue > startValue ? currentValue >= targetValue : currentValue <= targetValue;
        expect(progress === 100).toBe(reached);
      }),
    );
  });

  it("grows with the completed share of tasks", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (counted, done) => {
          const completed = Math.min(done, counted);
          const progress = progressOf({ type: MeasurementType.Tasks, completed, counted });
          const more = progressOf({
            type: MeasurementType.Tasks,
            completed: Math.min(completed + 1, counted),
            counted,
          });
          expect(more).toBeGreaterThanOrEqual(progress);
        },
      ),
    );
  });
});

describe("currentValueOf", () => {
  it.each<[string, GoalMeasure, number]>([
    ["the recorded value of a NUMERIC goal", numeric(76.4, 72, 80), 76.4],
    ["the completed tasks of a TASKS goal", { type: MeasurementType.Tasks, completed: 2, counted: 5 }, 2],
    [
      "the completions of a HABITS goal",
      { type: MeasurementType.Habits, completions: 9, targetValue: 30 },
      9,
    ],
    [
      "the completed milestones of a MILESTONES goal",
      { type: MeasurementType.Milestones, completed: 1, total: 4 },
      1,
    ],
  ])("is %s", (_case, measure, expected) => {
    expect(currentValueOf(measure)).toBe(expected);
  });
});
