import { evaluateHabit, parseFrequency, todayIn } from "@momentum/domain";
import { type PlannedHabit, type PlannedHabitLog, type PlannedStreakExtension } from "./demo-population";

/**
 * Every time a completion grew a habit's streak, as the product counts streaks (the streak engine,
 * evaluated once per habit at the user's today; a skip neither counts nor breaks): within each run, the
 * completion that made up each next scheduled day (day-based schedules, exactly) or period (times per
 * week or month, the completion closest to it), with the longest streak so far.
 */
export function streakExtensionsOf(
  habits: readonly PlannedHabit[],
  habitLogs: readonly PlannedHabitLog[],
  timezone: string,
  now: Date,
): PlannedStreakExtension[] {
  const today = todayIn(timezone, now);
  return habits.flatMap((habit) => {
    const logs = habitLogs.filter((log) => log.habitId === habit.id);
    const { streaks: runs } = evaluateHabit({
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
    const extensions: PlannedStreakExtension[] = [];
    let longestBefore = 0;
    for (const run of runs) {
      const done = logs.filter(
        (log) =>
          log.skipReason === null && log.completedDate >= run.startDate && log.completedDate <= run.endDate,
      );
      let length = 0;
      done.forEach((log, index) => {
        const reached = Math.floor(((index + 1) * run.length) / done.length);
        if (reached === length) return;
        length = reached;
        extensions.push({
          habitId: habit.id,
          userId: habit.userId,
          at: log.completedAt,
          currentStreak: length,
          longestStreak: Math.max(longestBefore, length),
          startDate: run.startDate,
        });
      });
      longestBefore = Math.max(longestBefore, run.length);
    }
    return extensions;
  });
}
