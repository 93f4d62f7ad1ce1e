import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit, HabitLog, User } from "@momentum/db";
import { conflict, invalidInput } from "../errors/domain-error";
import { transactionalWithReactions } from "../events/domain-reactions";
import { userDayOf } from "../time/user-day";
import { findOwnHabit } from "./habit-access";
import { habitLogFactOf, resumePointOfHabit, scheduleOf } from "./habit-evaluation";
import { evaluateFrom } from "./habit-state";
import { storeHabitState } from "./habit-stored-state";
import { type HabitStreakCache } from "./habit-streak-cache";
import { recordStreakChange } from "./streak-change";
import { type UserCalendar, calendarOf } from "./user-calendar";

export interface HabitChangeOptions {
  streakCache: HabitStreakCache;
  now?: Date;
}

/**
 * The first day a change touches, given today in the user's zone, or null for its whole history (a new
 * schedule). The walk resumes from the kept checkpoint when that is not after this day.
 */
export type FirstChangedDay = (today: string) => string | null;

/** What a change to a habit works on, inside its transaction and under the habit's row lock. */
export interface HabitChange {
  tx: EntityManager;
  habit: Habit;
  /** The habit's logs from the changed day's checkpoint on (all of them when walking from the start), oldest first. */
  logs: HabitLog[];
  calendar: UserCalendar;
  /** Today in the user's zone. */
  today: string;
  now: Date;
}

/**
 * The one way a habit's logs or schedule change: locks the habit row, lets `change` do its part (and
 * record its event) and return the logs as they are afterwards, then rewrites counters, checkpoint and
 * streak rows and records the streak events, all in one transaction with the reactions to those events
 * (goals measured in habits, achievements). Only the logs from the kept checkpoint before the first changed day on
 * are read and walked. The cached streak is dropped once it has committed.
 */
export async function changeHabit(
  em: EntityManager,
  userId: string,
  habitId: string,
  firstChangedDay: FirstChangedDay,
  options: HabitChangeOptions,
  change: (context: HabitChange) => HabitLog[] | Promise<HabitLog[]>,
): Promise<Habit> {
  const now = options.now ?? new Date();
  const habit = await transactionalWithReactions(em, async (tx) => {
    const habit = await findOwnHabit(tx, userId, habitId, { forUpdate: true });
    const calendar = calendarOf(await tx.findOneOrFail(User, { id: userId }));
    const today = userDayOf(calendar, now);
    const from = resumePointOfHabit(habit, calendar, today, firstChangedDay(today));
    const logs = await tx.find(
      HabitLog,
      { habit, ...(from ? { completedDate: { $gte: from.day } } : {}) },
      { orderBy: { completedDate: "asc" } },
    );
    const evaluate = (walked: HabitLog[], keep = false) =>
      evaluateFrom(scheduleOf(habit), calendar.weekStartsOn, today, from, walked.map(habitLogFactOf), {
        keep,
      });
    const before = evaluate(logs);

    const logsAfter = await change({ tx, habit, logs, calendar, today, now });

    // Walked from the same point: a new schedule is walked from the start (its first changed day is null).
    const after = evaluate(logsAfter, true);
    await storeHabitState(tx, habit, calendar, from, logsAfter, after);
    recordStreakChange(tx, habit, before, after, now);
    // A new version for every change, even within one millisecond: cached streaks are stamped with it.
    habit.updatedAt = new Date(Math.max(now.getTime(), habit.updatedAt.getTime() + 1));
    return habit;
  });
  await options.streakCache.forget(habit.id);
  return habit;
}

/**
 * The log for a day a user logs or skips (default: today), checked against the habit's days; created
 * in the unit of work when the day has none yet. `logsAfter` is the habit's logs with it.
 */
export function dayLogOf(change: HabitChange, requestedDate: string | null | undefined, field: string) {
  const { tx, habit, logs, today, now } = change;
  const date = requestedDate ?? today;
  assertLoggableDay(habit, date, today, field);
  const existing = logs.find((log) => log.completedDate === date);
  const log =
    existing ?? tx.create(HabitLog, { habit, user: habit.user, completedDate: date, completedAt: now });
  return { date, log, existing, logsAfter: existing ? logs : [...logs, log] };
}

/** Logs are for days of the habit that have begun in the user's zone; an archived habit takes none. */
export function assertLoggableDay(habit: Habit, date: string, today: string, field: string): void {
  if (habit.isArchived) throw conflict("The habit is archived");
  if (date > today) throw invalidInput([{ field, message: "is in the future in your time zone" }]);
  if (date < habit.startDate)
    throw invalidInput([{ field, message: `is before the habit's start date ${habit.startDate}` }]);
  if (habit.endDate && date > habit.endDate) {
    throw invalidInput([{ field, message: `is after the habit's end date ${habit.endDate}` }]);
  }
}
