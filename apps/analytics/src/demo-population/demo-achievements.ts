import { achievementCatalogue } from "@momentum/db";
import {
  type PlannedAchievement,
  type PlannedHabit,
  type PlannedHabitLog,
  type PlannedStreakExtension,
  type PlannedTask,
  type PlannedUser,
} from "./demo-population";

interface AchievementsInput {
  user: PlannedUser;
  tasks: readonly PlannedTask[];
  habits: readonly PlannedHabit[];
  habitLogs: readonly PlannedHabitLog[];
  streakExtensions: readonly PlannedStreakExtension[];
}

/** When the `count`th of these moments happened, if it did. */
const nthMoment = (moments: Date[], count: number): Date | undefined =>
  moments.sort((a, b) => a.getTime() - b.getTime())[count - 1];

/** The achievements of the catalogue the user's plan reaches, each dated when it was reached. */
export function demoAchievementsOf(
  input: AchievementsInput,
  idOf: (...parts: string[]) => string,
): PlannedAchievement[] {
  const completions = input.tasks.flatMap((task) => (task.completedAt ? [task.completedAt] : []));
  const habitCompletions = input.habitLogs.flatMap((log) =>
    log.skipReason === null ? [log.completedAt] : [],
  );
  return achievementCatalogue.flatMap((achievement): PlannedAchievement[] => {
    const { criteria } = achievement;
    const earnedAt =
      criteria.type === "tasks_completed"
        ? nthMoment(completions, criteria.count)
        : criteria.type === "habits_created"
          ? nthMoment(
              input.habits.map((habit) => habit.createdAt),
              criteria.count,
            )
          : criteria.type === "habit_completions"
            ? nthMoment(habitCompletions, criteria.count)
            : criteria.type === "streak_length"
              ? nthMoment(
                  input.streakExtensions.flatMap((extension) =>
                    extension.currentStreak >= criteria.days ? [extension.at] : [],
                  ),
                  1,
                )
              : undefined;
    return earnedAt
      ? [
          {
            id: idOf("achievement", achievement.id),
            userId: input.user.id,
            achievementId: achievement.id,
            earnedAt,
          },
        ]
      : [];
  });
}
