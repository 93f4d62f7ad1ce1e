import type { EntityManager } from "@mikro-orm/core";
import { DateTime } from "luxon";
import { FrequencyType } from "../entities/enums";
import { HabitLog } from "../entities/habit-log.entity";
import { HabitReminder } from "../entities/habit-reminder.entity";
import { Habit } from "../entities/habit.entity";
import { Streak } from "../entities/streak.entity";
import type { Category } from "../entities/category.entity";
import type { User } from "../entities/user.entity";
import { buildHabitHistory, type DayOutcome, type HabitHistory, type HabitSchedule } from "./habit-history";

const historyDays = 60;

interface DemoHabitPlan {
  title: string;
  description: string;
  frequencyType: FrequencyType;
  frequencyConfig: Record<string, unknown>;
  schedule: HabitSchedule;
  /** Local time the demo user usually logs it. */
  loggedAt: { hour: number; minute: number };
  reminderTime: string;
  value?: number;
  /** `daysAgo` 0 is today; `weekday` 1 is Monday. */
  outcome(daysAgo: number, weekday: number): DayOutcome | undefined;
}

// Realistic patterns: mostly kept, a few gaps, one skip with a reason; today still open for two of them.
export const demoHabitPlans: DemoHabitPlan[] = [
  {
    title: "Morning meditation",
    description: "Ten quiet minutes before breakfast.",
    frequencyType: FrequencyType.Daily,
    frequencyConfig: {},
    schedule: { kind: "daily" },
    loggedAt: { hour: 7, minute: 15 },
    reminderTime: "07:00:00",
    outcome: (daysAgo) => {
      if (daysAgo === 24) return { skipped: "Travelling, no quiet place" };
      return [52, 45, 44, 31, 17].includes(daysAgo) ? undefined : { done: true };
    },
  },
  {
    title: "Gym workout",
    description: "Strength training on Monday, Wednesday and Friday.",
    frequencyType: FrequencyType.Weekly,
    frequencyConfig: { days: ["MON", "WED", "FRI"] },
    schedule: { kind: "weekly", days: ["MON", "WED", "FRI"] },
    loggedAt: { hour: 18, minute: 30 },
    reminderTime: "18:00:00",
    outcome: (daysAgo, weekday) =>
      daysAgo > 0 && [1, 3, 5].includes(weekday) && ![40, 22].includes(daysAgo) ? { done: true } : undefined,
  },
  {
    title: "Read 30 minutes",
    description: "Any book, three evenings a week.",
    frequencyType: FrequencyType.TimesPerWeek,
    frequencyConfig: { times: 3 },
    schedule: { kind: "times_per_week", times: 3 },
    loggedAt: { hour: 21, minute: 45 },
    reminderTime: "21:00:00",
    value: 30,
    outcome: (daysAgo, weekday) => {
      const thinWeek = daysAgo >= 28 && daysAgo <= 34 && weekday !== 1;
      return daysAgo > 0 && [1, 3, 6].includes(weekday) && !thinWeek ? { done: true } : undefined;
    },
  },
];

/** Start dates: the weekly-count habit starts on a Monday so its first week is whole. */
function startDateOf(plan: DemoHabitPlan, today: DateTime): string {
  const start = today.minus({ days: historyDays });
  return (plan.schedule.kind === "times_per_week" ? start.startOf("week") : start).toISODate()!;
}

export function demoHabitHistory(plan: DemoHabitPlan, today: DateTime): HabitHistory {
  const todayDate = today.toISODate()!;
  return buildHabitHistory(plan.schedule, startDateOf(plan, today), todayDate, (date) => {
    const day = DateTime.fromISO(date, { zone: today.zone });
    return plan.outcome(Math.round(today.startOf("day").diff(day, "days").days), day.weekday);
  });
}

/** Creates the demo habits with ~60 days of logs, their streak runs and matching counters. */
export function createDemoHabits(
  em: EntityManager,
  user: User,
  category: Category,
  today: DateTime,
): Habit[] {
  return demoHabitPlans.map((plan) => {
    const history = demoHabitHistory(plan, today);
    const instantOn = (date: string) =>
      DateTime.fromISO(date, { zone: today.zone }).set(plan.loggedAt).toJSDate();
    const habit = em.create(Habit, {
      user,
      category,
      title: plan.title,
      description: plan.description,
      frequencyType: plan.frequencyType,
      frequencyConfig: plan.frequencyConfig,
      startDate: startDateOf(plan, today),
      reminderTime: plan.reminderTime,
      currentStreak: history.currentStreak,
      longestStreak: history.longestStreak,
      totalCompletions: history.totalCompletions,
      lastCompletedAt: history.lastCompletedDate ? instantOn(history.lastCompletedDate) : null,
    });
    em.create(HabitReminder, { habit, time: plan.reminderTime });
    for (const log of history.logs) {
      em.create(HabitLog, {
        habit,
        user,
        completedDate: log.completedDate,
        completedAt: instantOn(log.completedDate),
        skipReason: log.skipReason,
        value: log.skipReason === null ? (plan.value ?? null) : null,
      });
    }
    // As the product stores runs: the active one ends on its last counted day so far.
    for (const run of history.runs) em.create(Streak, { user, habit, ...run });
    return habit;
  });
}
