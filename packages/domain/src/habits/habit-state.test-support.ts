import { type MikroORM } from "@mikro-orm/postgresql";
import { Habit, HabitLog, Streak, User } from "@momentum/db";
import { userDayOf } from "../time/user-day";
import { habitLogFactOf, scheduleOf } from "./habit-evaluation";
import { evaluateHabitsToday } from "./habit-reading";
import { evaluateHabit, type HabitEvaluation } from "./streak-engine";
import { calendarOf } from "./user-calendar";

/** What a read shows of a habit. */
export const seen = (evaluation: HabitEvaluation) => ({
  currentStreak: evaluation.currentStreak,
  longestStreak: evaluation.longestStreak,
  totalCompletions: evaluation.totalCompletions,
  lastCompletedDate: evaluation.lastCompletedDate,
  progress: evaluation.progress,
});

/** The habit as stored and as read at `now`, next to a recomputation from all its logs. */
export async function compareWithRecomputation(orm: MikroORM, habitId: string, now: Date) {
  const em = orm.em.fork();
  const habit = await em.findOneOrFail(Habit, habitId);
  const calendar = calendarOf(await em.findOneOrFail(User, habit.user.id));
  const logs = await em.find(HabitLog, { habit }, { orderBy: { completedDate: "asc" } });
  const full = evaluateHabit({
    ...scheduleOf(habit),
    logs: logs.map(habitLogFactOf),
    today: userDayOf(calendar, now),
    weekStartsOn: calendar.weekStartsOn,
  });
  const rows = await em.find(Streak, { habit }, { orderBy: { startDate: "asc" } });
  const read = (await evaluateHabitsToday(em, [habit], now)).get(habit.id)!;
  return { habit, full, rows, read };
}
