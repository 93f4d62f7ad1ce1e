import { achievementCatalogue } from "@momentum/db";
import {
  type PlannedAchievement,
  type PlannedHabit,
  type PlannedHabitLog,
  type PlannedTask,
  type PlannedUser,
} from "./demo-population";

interface AchievementsInput {
  user: PlannedUser;
  tasks: readonly PlannedTask[];
  habits: readonly PlannedHabit[];
  habitLogs: readonly PlannedHabitLog[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the `count`th of these moments happened, if it did. */
const nthMoment = (moments: Date[], count: number): Date | undefined =>
  moments.sort((a, b) => a.getTime() - b.getTime())[count - 1];

/**
 * When a daily habit's streak first reached `days`: consecutive logged days, a skip neither counting nor
 * breaking it (the product's rule). Other schedules' streaks are left to the achievements backfill.
 */
function streakReachedAt(input: AchievementsInput, days: number): Date | undefined {
  let earliest: Date | undefined;
  for (const habit of input.habits.filter((candidate) => candidate.frequencyType === "daily")) {
    let length = 0;
    let previous: number | undefined;
    for (const log of input.habitLogs.filter((candidate) => candidate.habitId === habit.id)) {
      // Calendar dates as day numbers: consecutive dates differ by one, whatever the zone.
      const day = Date.parse(log.completedDate) / DAY_MS;
      if (previous !== undefined && day - previous !== 1) length = 0;
      previous = day;
      if (log.skipReason !== null) continue;
      length += 1;
      if (length === days) {
        if (!earliest || log.completedAt < earliest) earliest = log.completedAt;
        break;
      }
    }
  }
  return earliest;
}

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
              ? streakReachedAt(input, criteria.days)
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
