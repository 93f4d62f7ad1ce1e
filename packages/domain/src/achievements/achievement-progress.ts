import { type AchievementCriteria } from "./achievement-criteria.schema";

/** The numbers about one user that the criteria are measured against. */
export interface AchievementFacts {
  tasksCompleted: number;
  habitCompletions: number;
  habitsCreated: number;
  longestStreak: number;
  goalsCompleted: number;
  /** The highest progress (0..100) of any of the user's goals. */
  bestGoalProgress: number;
}

const share = (reached: number, needed: number) =>
  Math.min(100, Math.round((reached / needed) * 10_000) / 100);

/** How far (0..100, two decimals) the facts are towards the criteria; 100 means earned. */
export function achievementProgress(criteria: AchievementCriteria, facts: AchievementFacts): number {
  switch (criteria.type) {
    case "tasks_completed":
      return share(facts.tasksCompleted, criteria.count);
    case "habit_completions":
      return share(facts.habitCompletions, criteria.count);
    case "habits_created":
      return share(facts.habitsCreated, criteria.count);
    case "streak_length":
      return share(facts.longestStreak, criteria.days);
    case "goals_completed":
      return share(facts.goalsCompleted, criteria.count);
    case "goal_progress":
      return share(facts.bestGoalProgress, criteria.percent);
  }
}
