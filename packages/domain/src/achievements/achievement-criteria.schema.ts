import { z } from "zod";

const count = z.number().int().positive();

/** What earns an achievement; the catalogue's `criteria` column holds one of these. */
export const achievementCriteriaSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("tasks_completed"), count }),
  z.object({ type: z.literal("habit_completions"), count }),
  z.object({ type: z.literal("habits_created"), count }),
  z.object({ type: z.literal("streak_length"), days: count }),
  z.object({ type: z.literal("goals_completed"), count }),
  z.object({ type: z.literal("goal_progress"), percent: z.number().positive().max(100) }),
]);
export type AchievementCriteria = z.infer<typeof achievementCriteriaSchema>;
