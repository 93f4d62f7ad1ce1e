import { randomUUID } from "node:crypto";
import { type DomainEvent } from "@momentum/domain";

/** Test events as the relay publishes them; each call is a new event with a new id. */
const envelope = (userId: string, aggregate: DomainEvent["aggregate"]) => ({
  id: randomUUID(),
  version: 1,
  occurredAt: new Date().toISOString(),
  userId,
  aggregate,
});

export const taskCompletedEvent = (
  userId: string,
  completedOn = "2026-11-26",
  taskId = randomUUID(),
): DomainEvent => ({
  ...envelope(userId, { type: "task", id: taskId }),
  type: "task.completed",
  payload: {
    title: "Call the bank",
    priority: "high",
    dueDate: null,
    completedAt: new Date().toISOString(),
    completedOn,
  },
});

export const habitLoggedEvent = (
  userId: string,
  habitId: string,
  date: string,
  facts: { counted?: boolean; replaced?: boolean } = {},
): DomainEvent => ({
  ...envelope(userId, { type: "habit", id: habitId }),
  type: "habit.logged",
  payload: {
    date,
    value: null,
    mood: null,
    counted: facts.counted ?? true,
    replaced: facts.replaced ?? false,
  },
});

export const habitUnloggedEvent = (userId: string, habitId: string, date: string): DomainEvent => ({
  ...envelope(userId, { type: "habit", id: habitId }),
  type: "habit.unlogged",
  payload: { date, wasSkip: false },
});

export const focusLoggedEvent = (userId: string, loggedOn: string, minutes: number): DomainEvent => ({
  ...envelope(userId, { type: "focus_session", id: randomUUID() }),
  type: "focus.logged",
  payload: { minutes, taskId: null, loggedOn },
});

export const taskUpdatedEvent = (userId: string, changedFields = ["title"]): DomainEvent => ({
  ...envelope(userId, { type: "task", id: randomUUID() }),
  type: "task.updated",
  payload: { title: "Plan the week", priority: "low", dueDate: null, changedFields },
});

export const userDeletedEvent = (userId: string): DomainEvent => ({
  ...envelope(userId, { type: "user", id: userId }),
  type: "user.deleted",
  payload: {},
});

export const habitSkippedEvent = (
  userId: string,
  habitId: string,
  date: string,
  reason: string,
): DomainEvent => ({
  ...envelope(userId, { type: "habit", id: habitId }),
  type: "habit.skipped",
  payload: { date, reason },
});
