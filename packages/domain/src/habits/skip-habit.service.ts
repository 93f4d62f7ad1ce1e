import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { changeHabit, dayLogOf, type HabitChangeOptions } from "./habit-change";
import { type SkipHabitInput, skipHabitInputSchema } from "./habit-input.schema";

/**
 * Marks a day (default: today in the user's zone) as skipped with a reason: the day neither counts
 * nor breaks the streak. A completion already logged for that day becomes the skip.
 */
export async function skipHabit(
  em: EntityManager,
  userId: string,
  rawInput: SkipHabitInput,
  options: HabitChangeOptions,
): Promise<Habit> {
  const input = parseInput(skipHabitInputSchema, rawInput, "input");
  return changeHabit(
    em,
    userId,
    input.habitId,
    (today) => input.date ?? today,
    options,
    (change) => {
      const { tx, habit, now } = change;
      const { date, log, logsAfter } = dayLogOf(change, input.date, "input.date");
      log.skipReason = input.reason;
      log.value = null;
      recordEvent(tx, {
        type: "habit.skipped",
        userId,
        aggregateId: habit.id,
        payload: { date, reason: input.reason, frequencyType: habit.frequencyType },
        occurredAt: now,
      });
      return logsAfter;
    },
  );
}
