import { achievementCatalogue } from "@momentum/db";
import { evaluateHabit, parseFrequency, type StreakRun, todayIn } from "@momentum/domain";
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

/** When the `count`th of these moments happened, if it did. */
const nthMoment = (moments: Date[], count: number): Date | undefined =>
  moments.sort((a, b) => a.getTime() - b.getTime())[count - 1];

interface HabitStreaks {
  runs: StreakRun[];
  /** The habit's completions, oldest first. */
  done: PlannedHabitLog[];
}

/**
 * Each habit's streak runs as the product counts them (the streak engine, evaluated once at `today`; a
 * skip neither counts nor breaks). Habits with fewer completions than the shortest streak achievement
 * asks for cannot reach it and are not evaluated.
 */
function streaksOf(input: AchievementsInput, today: string, shortest: number): HabitStreaks[] {
  return input.habits.flatMap((habit) => {
    const logs = input.habitLogs.filter((log) => log.habitId === habit.id);
    const done = logs.filter((log) => log.skipReason === null);
    if (done.length < shortest) return [];
    const { streaks } = evaluateHabit({
      frequency: parseFrequency(habit.frequencyType, habit.frequencyConfig, "frequencyConfig"),
      startDate: habit.startDate,
      endDate: null,
      logs: logs.map((log) => ({
        date: log.completedDate,
        status: log.skipReason === null ? "done" : "skipped",
        value: null,
      })),
      today,
      weekStartsOn: "MON",
    });
    return [{ runs: streaks, done }];
  });
}

/**
 * When a streak first reached `days`: within the first long enough run of each habit, the completion
 * that made up its `days`th scheduled day or period (exact for day-based schedules, close for
 * times-per-period ones), the earliest over the habits.
 */
function streakReachedAt(habits: readonly HabitStreaks[], days: number): Date | undefined {
  let earliest: Date | undefined;
  for (const { runs, done } of habits) {
    const run = runs.find((candidate) => candidate.length >= days);
    if (!run) continue;
    const inRun = done.filter(
      (log) => log.completedDate >= run.startDate && log.completedDate <= run.endDate,
    );
    const reached = inRun[Math.ceil((inRun.length * days) / run.length) - 1]?.completedAt;
    if (reached && (!earliest || reached < earliest)) earliest = reached;
  }
  return earliest;
}

/** The achievements of the catalogue the user's plan reaches, each dated when it was reached. */
export function demoAchievementsOf(
  input: AchievementsInput,
  now: Date,
  idOf: (...parts: string[]) => string,
): PlannedAchievement[] {
  const streakDays = achievementCatalogue.flatMap(({ criteria }) =>
    criteria.type === "streak_length" ? [criteria.days] : [],
  );
  const streaks = streaksOf(input, todayIn(input.user.timezone, now), Math.min(...streakDays));
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
              ? streakReachedAt(streaks, criteria.days)
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
