import { MeasurementType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { assertRecordableValue, targetProblems } from "./goal-targets";

describe("targetProblems", () => {
  it.each([
    ["a NUMERIC goal without a target", MeasurementType.Numeric, null, 0, "input.targetValue"],
    ["a NUMERIC goal whose target is its start", MeasurementType.Numeric, 80, 80, "input.targetValue"],
    ["a HABITS goal without a target", MeasurementType.Habits, null, null, "input.targetValue"],
    ["a HABITS goal with 0 completions to reach", MeasurementType.Habits, 0, null, "input.targetValue"],
    ["a HABITS goal with half a completion", MeasurementType.Habits, 2.5, null, "input.targetValue"],
    ["a TASKS goal with a target", MeasurementType.Tasks, 10, null, "input.targetValue"],
    ["a PERCENTAGE goal with a start value", MeasurementType.Percentage, null, 10, "input.startValue"],
  ])("refuses %s", (_case, measurementType, targetValue, startValue, field) => {
    expect(targetProblems({ measurementType, targetValue, startValue }, "input")).toEqual([
      expect.objectContaining({ field }),
    ]);
  });

  it.each([
    ["a NUMERIC goal going up", MeasurementType.Numeric, 100, 0],
    ["a NUMERIC goal going down", MeasurementType.Numeric, 72, 80],
    ["a HABITS goal of 30 completions", MeasurementType.Habits, 30, null],
    ["a MILESTONES goal", MeasurementType.Milestones, null, null],
    ["a BOOLEAN goal", MeasurementType.Boolean, null, null],
  ])("accepts %s", (_case, measurementType, targetValue, startValue) => {
    expect(targetProblems({ measurementType, targetValue, startValue }, "input")).toEqual([]);
  });
});

describe("assertRecordableValue", () => {
  const refusal = (type: MeasurementType, value: number) => {
    try {
      assertRecordableValue(type, value, "value");
      return null;
    } catch (error) {
      return (error as DomainError).details.fields?.[0]?.field;
    }
  };

  it.each([
    [MeasurementType.Numeric, -12.5, null],
    [MeasurementType.Percentage, 100, null],
    [MeasurementType.Percentage, 100.5, "value"],
    [MeasurementType.Boolean, 1, null],
    [MeasurementType.Boolean, 0.5, "value"],
    [MeasurementType.Tasks, 1, "value"],
    [MeasurementType.Habits, 1, "value"],
    [MeasurementType.Milestones, 1, "value"],
  ])("a %s goal given %s is refused on: %s", (type, value, field) => {
    expect(refusal(type, value)).toBe(field);
  });
});
