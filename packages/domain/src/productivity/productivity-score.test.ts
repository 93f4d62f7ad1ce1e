import { describe, expect, it } from "vitest";
import { productivityScore } from "./productivity-score";

describe("the productivity score", () => {
  it.each([
    [{ tasksCompleted: 0, habitsCompleted: 0, focusTime: 0 }, 0],
    [{ tasksCompleted: 5, habitsCompleted: 3, focusTime: 120 }, 100],
    [{ tasksCompleted: 50, habitsCompleted: 30, focusTime: 1200 }, 100],
    [{ tasksCompleted: 5, habitsCompleted: 0, focusTime: 0 }, 40],
    [{ tasksCompleted: 1, habitsCompleted: 1, focusTime: 30 }, 25.92],
  ])("%j scores %d", (day, expected) => {
    expect(productivityScore(day)).toBe(expected);
  });

  it("one kind of work alone cannot reach more than its weight", () => {
    expect(productivityScore({ tasksCompleted: 1000, habitsCompleted: 0, focusTime: 0 })).toBe(40);
  });

  it("a negative count (a correction below zero) scores as nothing", () => {
    expect(productivityScore({ tasksCompleted: -2, habitsCompleted: 0, focusTime: 0 })).toBe(0);
  });
});
