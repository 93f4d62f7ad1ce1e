import { randomUUID } from "node:crypto";
import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { z } from "zod";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findOwnTask } from "../tasks/task-access";
import { userDayOf, userDaysOf } from "../time/user-day";

export const focusSessionInputSchema = z.object({
  minutes: z.int().min(1, "must be at least 1").max(720, "must be at most 720 (12 hours)"),
  taskId: z.string().nullish(),
});
export type FocusSessionInput = z.input<typeof focusSessionInputSchema>;

/**
 * Logs minutes of focused work for today (the user's day), optionally on one of their tasks. The
 * minutes live in the analytics database's daily metrics, so the session travels as an event only.
 */
export async function logFocusSession(
  em: EntityManager,
  userId: string,
  rawInput: FocusSessionInput,
  now = new Date(),
): Promise<boolean> {
  const input = parseInput(focusSessionInputSchema, rawInput);
  await transactionalWithReactions(em, async (tx) => {
    const user = await tx.findOne(
      User,
      { id: userId, deletedAt: null },
      { fields: ["timezone", "dayStartTime"] },
    );
    if (!user) throw notFound("User");
    const task = input.taskId ? await findOwnTask(tx, userId, input.taskId) : null;
    recordEvent(tx, {
      type: "focus.logged",
      userId,
      aggregateId: randomUUID(),
      payload: {
        minutes: input.minutes,
        taskId: task?.id ?? null,
        loggedOn: userDayOf(userDaysOf(user), now),
      },
      occurredAt: now,
    });
  });
  return true;
}
