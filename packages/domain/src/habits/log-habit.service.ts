import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { changeHabit, dayLogOf, type HabitChangeOptions } from "./habit-change";
import { frequencyOf, habitLogFactOf } from "./habit-evaluation";
import { type LogHabitInput, logHabitInputSchema } from "./habit-input.schema";
import { countsAsDone } from "./streak-engine";

/**
 * Records the habit as done on a day (default: today in the user's zone). One log per habit and day:
 * logging the same day again updates its value, notes and mood, and turns a skip into a completion.
 */
export async function logHabit(
  em: EntityManager,
  userId: string,
  rawInput: LogHabitInput,
  options: HabitChangeOptions,
): Promise<Habit> {
  const input = parseInput(logHabitInputSchema, rawInput, "input");
  return changeHabit(
    em,
    userId,
    input.habitId,
    (today) => input.date ?? today,
    options,
    (change) => {
      const { tx, habit, now } = change;
      const { date, log, existing, logsAfter } = dayLogOf(change, input.date, "input.date");
      if (existing?.skipReason != null) existing.completedAt = now;
      log.skipReason = null;
      if (input.value !== undefined) log.value = input.value;
      if (input.notes !== undefined) log.notes = input.notes;
      if (input.mood !== undefined) log.mood = input.mood;

      const counted = countsAsDone(habitLogFactOf(log), frequencyOf(habit));
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
