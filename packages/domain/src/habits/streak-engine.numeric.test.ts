import { FrequencyType, HabitTargetType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { days, evaluate } from "./streak-engine.test-support";

// 2026-03-02 is a Monday.
const atMostTwo = { value: 2, type: HabitTargetType.AtMost };
const atLeastFifty = { value: 50, type: HabitTargetType.AtLeast };

describe("numeric habits in the streak engine", () => {
  it("AT_MOST: days with nothing logged count as done once passed; today is not done until it ends", () => {
    const evaluation = evaluate({
      type: FrequencyType.Daily,
      target: atMostTwo,
      start: "2026-03-02",
      today: "2026-03-06",
      done: ["2026-03-03", "2026-03-06"],
      values: { "2026-03-03": 2, "2026-03-06": 1 },
    });
    // 2nd (nothing), 3rd (2), 4th and 5th (nothing) are done; the 6th goes on.
    expect(evaluation.currentStreak).toBe(4);
    expect(evaluation.totalCompletions).toBe(4);
    expect(evaluation.lastCompletedDate).toBe("2026-03-05");
    expect(evaluation.progress.isCompletedToday).toBe(false);
    expect(evaluation.progress.isDueToday).toBe(true);
  });

  it("AT_MOST: a day over the target breaks the streak once it has passed", () => {
    const evaluation = evaluate({
      type: FrequencyType.Daily,
      target: atMostTwo,
      start: "2026-03-02",
      today: "2026-03-06",
      done: ["2026-03-04"],
      values: { "2026-03-04": 3 },
    });
    expect(evaluation.currentStreak).toBe(1);
    expect(evaluation.longestStreak).toBe(2);
    expect(evaluation.progress.completionRate30d).toBeCloseTo(3 / 4, 10);
  });

  it("AT_LEAST: a day counts once its total reaches the target, today included", () => {
    const evaluation = evaluate({
      type: FrequencyType.Daily,
      target: { value: 8, type: HabitTargetType.AtLeast },
      start: "2026-03-02",
      today: "2026-03-04",
      done: days("2026-03-02", 3),
      values: { "2026-03-02": 8, "2026-03-03": 7.5, "2026-03-04": 9 },
    });
    expect(evaluation.currentStreak).toBe(1);
    expect(evaluation.totalCompletions).toBe(2);
    expect(evaluation.progress.isCompletedToday).toBe(true);
  });

  it("period-based AT_LEAST: the week's total meets the target, whatever `times` asks for", () => {
    const evaluation = evaluate({
      type: FrequencyType.TimesPerWeek,
      config: { times: 3 },
      target: atLeastFifty,
      start: "2026-03-02",
      today: "2026-03-18",
      // Week 1: 30 + 25 = 55 (met); week 2: 40 (missed); week 3: 50 on Wednesday, met while open.
      done: ["2026-03-03", "2026-03-05", "2026-03-10", "2026-03-18"],
      values: { "2026-03-03": 30, "2026-03-05": 25, "2026-03-10": 40, "2026-03-18": 50 },
    });
    expect(evaluation.streaks.map((run) => [run.startDate, run.endDate, run.length])).toEqual([
      ["2026-03-03", "2026-03-05", 1],
      ["2026-03-18", "2026-03-18", 1],
    ]);
    expect(evaluation.currentStreak).toBe(1);
    expect(evaluation.totalCompletions).toBe(2);
    expect(evaluation.progress).toMatchObject({
      completedInPeriod: 1,
      targetInPeriod: 1,
      isCompletedToday: true,
    });
  });

  it("period-based AT_MOST: a week at or under the target counts once it is over", () => {
    const evaluation = evaluate({
      type: FrequencyType.TimesPerWeek,
      config: { times: 1 },
      target: { value: 10, type: HabitTargetType.AtMost },
      start: "2026-03-02",
      today: "2026-03-18",
      // Week 1: 4 + 6 = 10 (met); week 2: 11 (over); week 3: open.
      done: ["2026-03-03", "2026-03-05", "2026-03-10", "2026-03-16"],
      values: { "2026-03-03": 4, "2026-03-05": 6, "2026-03-10": 11, "2026-03-16": 1 },
    });
    expect(evaluation.streaks.map((run) => [run.startDate, run.endDate, run.length])).toEqual([
      ["2026-03-02", "2026-03-08", 1],
    ]);
    expect(evaluation.currentStreak).toBe(0);
    expect(evaluation.progress).toMatchObject({
      completedInPeriod: 0,
      isCompletedToday: false,
      isDueToday: true,
    });
  });
});
