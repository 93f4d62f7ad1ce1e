import { GoalStatus } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { movesWithProgress, statusAfterProgress } from "./goal-lifecycle";
import { isGoalOverdue } from "./goal-overdue";

describe("statusAfterProgress", () => {
  it.each([
    ["an active goal reaching 100 completes", GoalStatus.Active, 80, 100, GoalStatus.Completed, "completed"],
    ["an active goal below 100 stays active", GoalStatus.Active, 10, 99.99, GoalStatus.Active, null],
    [
      "a completed goal dropping from 100 re-opens",
      GoalStatus.Completed,
      100,
      75,
      GoalStatus.Active,
      "reopened",
    ],
    [
      "a completed goal staying at 100 stays completed",
      GoalStatus.Completed,
      100,
      100,
      GoalStatus.Completed,
      null,
    ],
    [
      "a goal completed by hand below 100 stays completed as it moves",
      GoalStatus.Completed,
      40,
      30,
      GoalStatus.Completed,
      null,
    ],
  ] as const)("%s", (_case, status, oldProgress, newProgress, expectedStatus, transition) => {
    expect(statusAfterProgress(status, oldProgress, newProgress)).toEqual({
      status: expectedStatus,
      transition,
    });
  });
});

describe("movesWithProgress", () => {
  it.each([
    [GoalStatus.Active, false, true],
    [GoalStatus.Completed, false, true],
    [GoalStatus.Paused, false, false],
    [GoalStatus.Abandoned, false, false],
    [GoalStatus.Active, true, false],
  ])("a %s goal (archived: %s) moves: %s", (status, isArchived, moves) => {
    expect(movesWithProgress({ status, isArchived })).toBe(moves);
  });
});

describe("isGoalOverdue", () => {
  const today = "2028-03-20";
  it.each([
    ["an active goal whose target date has passed", GoalStatus.Active, "2028-03-19", false, true],
    ["a paused goal whose target date has passed", GoalStatus.Paused, "2028-03-19", false, true],
    ["an active goal due today", GoalStatus.Active, "2028-03-20", false, false],
    ["an active goal without a target date", GoalStatus.Active, null, false, false],
    ["a completed goal past its date", GoalStatus.Completed, "2028-01-01", false, false],
    ["an abandoned goal past its date", GoalStatus.Abandoned, "2028-01-01", false, false],
    ["an archived goal past its date", GoalStatus.Active, "2028-01-01", true, false],
  ])("%s: %s", (_case, status, targetDate, isArchived, overdue) => {
    expect(isGoalOverdue({ status, targetDate, isArchived }, today)).toBe(overdue);
  });
});
