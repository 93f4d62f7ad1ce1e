import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { changeHabit, dayLogOf, type HabitChangeOptions } from "./habit-change";
import { habitLogFactOf } from "./habit-evaluation";
import { type LogHabitInput, logHabitInputSchema } from "./habit-input.schema";
import { countsAsDone } from "./streak-engine";
import { targetOf } from "./habit-target";

/**
 * Records the habit as done on a day (default: today in the user's zone). One log per habit and day:
 * logging the same day again updates its value, notes and mood, and turns a skip into a completion.
 * With `add`, the value is added to the day's total instead (a day without a log gets one).
 */
export async function logHabit(
  em: EntityManager,
  userId: string,
  rawInput: LogHabitInput,
  options: HabitChangeOptions,
): Promise<Habit> {
  const input = parseInput(logHabitInputSchema, rawInput, "input");
  if (input.add && input.value == null) {
    throw invalidInput([{ field: "input.value", message: "is required when add is true" }]);
  }
  return changeHabit(
    em,
    userId,
    input.habitId,
    (today) => input.date ?? today,
    options,
    (change) => {
      const { tx, habit, now } = change;
      const { date, log, existing, logsAfter } = dayLogOf(change, input.date, "input.date");
      // A skipped day's value is no total to add to.
      const total = existing?.skipReason == null ? (existing?.value ?? 0) : 0;
      if (existing?.skipReason != null) existing.completedAt = now;
      log.skipReason = null;
      // Under the habit's row lock (changeHabit): concurrent adds each see the total the other left.
      if (input.add) log.value = total + input.value!;
      else if (input.value !== undefined) log.value = input.value;
      if (input.notes !== undefined) log.notes = input.notes;
      if (input.mood !== undefined) log.mood = input.mood;

      const counted = countsAsDone(habitLogFactOf(log), targetOf(habit), change.today);
      recordEvent(tx, {
        type: "habit.logged",
        userId,
        aggregateId: habit.id,
        payload: {
          date,
          value: log.value ?? null,
          mood: log.mood ?? null,
          counted,
          replaced: existing !== undefined,
          frequencyType: habit.frequencyType,
        },
        occurredAt: now,
      });
      return logsAfter;
    },
  );
}
