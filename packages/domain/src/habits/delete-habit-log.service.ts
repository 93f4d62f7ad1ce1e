import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit } from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { changeHabit, type HabitChangeOptions } from "./habit-change";
import { type DeleteHabitLogInput, deleteHabitLogInputSchema } from "./habit-input.schema";

/** Removes the log (completion or skip) of one day; the streaks are worked out again without it. */
export async function deleteHabitLog(
  em: EntityManager,
  userId: string,
  rawInput: DeleteHabitLogInput,
  options: HabitChangeOptions,
): Promise<Habit> {
  const input = parseInput(deleteHabitLogInputSchema, rawInput, "input");
  return changeHabit(
    em,
    userId,
    input.habitId,
    () => input.date,
    options,
    ({ tx, habit, logs, now }) => {
      const log = logs.find((candidate) => candidate.completedDate === input.date);
      if (!log) throw notFound("Habit log");
      tx.remove(log);
      recordEvent(tx, {
        type: "habit.unlogged",
        userId,
        aggregateId: habit.id,
        payload: { date: input.date, wasSkip: log.skipReason != null },
        occurredAt: now,
      });
      return logs.filter((candidate) => candidate !== log);
    },
  );
}
