import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { recordEvent } from "../events/outbox";
import { type HabitEvaluation } from "./streak-engine";

/**
 * Records streak.extended / streak.broken for one change, comparing the habit before and after it on
 * the same day (the rules are described beside the event schemas in events/habit.events.ts).
 */
export function recordStreakChange(
  em: EntityManager,
  habit: Habit,
  before: HabitEvaluation,
  after: HabitEvaluation,
  now: Date,
): void {
  const userId = habit.user.id;
  const activeBefore = before.streaks.find((run) => run.isActive);
  const activeAfter = after.streaks.find((run) => run.isActive);
  if (activeBefore && (!activeAfter || activeAfter.startDate > activeBefore.startDate)) {
    recordEvent(em, {
      type: "streak.broken",
      userId,
      aggregateId: habit.id,
      payload: {
        length: activeBefore.length,
        startDate: activeBefore.startDate,
        endDate: activeBefore.endDate,
        currentStreak: after.currentStreak,
      },
      occurredAt: now,
    });
  } else if (activeAfter && after.currentStreak > before.currentStreak) {
    recordEvent(em, {
      type: "streak.extended",
      userId,
      aggregateId: habit.id,
      payload: {
        currentStreak: after.currentStreak,
        longestStreak: after.longestStreak,
        startDate: activeAfter.startDate,
      },
      occurredAt: now,
    });
  }
}
