import { describe, expect, it } from "vitest";
import { type AchievementCriteria } from "./achievement-criteria.schema";
import { achievementProgress, type AchievementFacts } from "./achievement-progress";

const noFacts: AchievementFacts = {
  tasksCompleted: 0,
  habitCompletions: 0,
  habitsCreated: 0,
  longestStreak: 0,
  goalsCompleted: 0,
  bestGoalProgress: 0,
};

describe("achievement progress", () => {
  it.each<[AchievementCriteria, Partial<AchievementFacts>, number]>([
    [{ type: "tasks_completed", count: 10 }, { tasksCompleted: 3 }, 30],
    [{ type: "tasks_completed", count: 3 }, { tasksCompleted: 1 }, 33.33],
    [{ type: "habit_completions", count: 50 }, { habitCompletions: 75 }, 100],
    [{ type: "habits_created", count: 1 }, { habitsCreated: 1 }, 100],
    [{ type: "streak_length", days: 7 }, { longestStreak: 6 }, 85.71],
    [{ type: "goals_completed", count: 5 }, { goalsCompleted: 0 }, 0],
    [{ type: "goal_progress", percent: 50 }, { bestGoalProgress: 25 }, 50],
  ])("%j with %j is %d%%", (criteria, facts, expected) => {
    expect(achievementProgress(criteria, { ...noFacts, ...facts })).toBe(expected);
  });

  it("never exceeds 100 however far the user has gone", () => {
    expect(
      achievementProgress({ type: "tasks_completed", count: 1 }, { ...noFacts, tasksCompleted: 1000 }),
    ).toBe(100);
  });
});
