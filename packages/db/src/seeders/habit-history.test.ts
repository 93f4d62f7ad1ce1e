import { describe, expect, it } from "vitest";
import { buildHabitHistory, type DayOutcome } from "./habit-history";

const done: DayOutcome = { done: true };
const pattern =
  (outcomes: Record<string, DayOutcome>) =>
  (date: string): DayOutcome | undefined =>
    outcomes[date];

describe("buildHabitHistory", () => {
  it("counts consecutive completed days and ends the run at a missed day", () => {
    const history = buildHabitHistory(
      { kind: "daily" },
      "2026-03-01",
      "2026-03-06",
      pattern({
        "2026-03-01": done,
        "2026-03-02": done,
        "2026-03-04": done,
        "2026-03-05": done,
        "2026-03-06": done,
      }),
    );
    expect(history.currentStreak).toBe(3);
    expect(history.longestStreak).toBe(3);
    expect(history.totalCompletions).toBe(5);
    expect(history.lastCompletedDate).toBe("2026-03-06");
    expect(history.runs).toEqual([
      { startDate: "2026-03-01", endDate: "2026-03-02", length: 2, isActive: false },
      { startDate: "2026-03-04", endDate: "2026-03-06", length: 3, isActive: true },
    ]);
  });

  it("a skipped day neither counts nor breaks the streak, and is logged with its reason", () => {
    const history = buildHabitHistory(
      { kind: "daily" },
      "2026-03-01",
      "2026-03-03",
      pattern({ "2026-03-01": done, "2026-03-02": { skipped: "Ill" }, "2026-03-03": done }),
    );
    expect(history.currentStreak).toBe(2);
    expect(history.totalCompletions).toBe(2);
    expect(history.logs).toContainEqual({ completedDate: "2026-03-02", skipReason: "Ill" });
  });

  it("does not break the streak on today before it is done", () => {
    const history = buildHabitHistory(
      { kind: "daily" },
      "2026-03-01",
      "2026-03-03",
      pattern({ "2026-03-01": done, "2026-03-02": done }),
    );
    expect(history.currentStreak).toBe(2);
  });

  it("only scheduled weekdays matter for a weekly habit", () => {
    // 2026-03-02 is a Monday; Tuesday and Thursday are not scheduled.
    const history = buildHabitHistory(
      { kind: "weekly", days: ["MON", "WED", "FRI"] },
      "2026-03-02",
      "2026-03-09",
      pattern({ "2026-03-02": done, "2026-03-04": done, "2026-03-06": done, "2026-03-09": done }),
    );
    expect(history.currentStreak).toBe(4);
  });

  it("a week with too few completions ends a times-per-week streak, the open week does not", () => {
    const history = buildHabitHistory(
      { kind: "times_per_week", times: 2 },
      "2026-03-02",
      "2026-03-24",
      pattern({
        "2026-03-02": done,
        "2026-03-03": done, // week 1 met
        "2026-03-10": done, // week 2 missed
        "2026-03-16": done,
        "2026-03-18": done, // week 3 met
        "2026-03-23": done, // week 4 open (today is Tuesday)
      }),
    );
    expect(history.currentStreak).toBe(1);
    expect(history.longestStreak).toBe(1);
    expect(history.runs.map((run) => run.isActive)).toEqual([false, true]);
  });
});
