import { randomUUID } from "node:crypto";
import { type DevicePlatform, type FrequencyType } from "@momentum/db";
import { type DomainEvent, type PriorityName } from "@momentum/domain";

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
  facts: { counted?: boolean; replaced?: boolean; frequencyType?: FrequencyType } = {},
): DomainEvent => ({
  ...envelope(userId, { type: "habit", id: habitId }),
  type: "habit.logged",
  payload: {
    date,
    value: null,
    mood: null,
    counted: facts.counted ?? true,
    replaced: facts.replaced ?? false,
    ...(facts.frequencyType ? { frequencyType: facts.frequencyType } : {}),
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
  frequencyType?: FrequencyType,
): DomainEvent => ({
  ...envelope(userId, { type: "habit", id: habitId }),
  type: "habit.skipped",
  payload: { date, reason, ...(frequencyType ? { frequencyType } : {}) },
});

export const userSignedUpEvent = (userId: string, timezone: string): DomainEvent => ({
  ...envelope(userId, { type: "user", id: userId }),
  type: "user.signed_up",
  payload: { username: "someone", timezone },
});

export const deviceRegisteredEvent = (userId: string, platform: DevicePlatform): DomainEvent => ({
  ...envelope(userId, { type: "device", id: randomUUID() }),
  type: "device.registered",
  payload: { platform },
});

/** A completion with the facts the reports break down by: priority, due date, when it was done. */
export const taskCompletion = (
  userId: string,
  facts: {
    taskId?: string;
    priority: PriorityName;
    dueDate: string | null;
    /** An all-day task's date, instead of dueDate. */
    dueOn?: string;
    completedAt: string;
    completedOn: string;
  },
): DomainEvent => ({
  ...envelope(userId, { type: "task", id: facts.taskId ?? randomUUID() }),
  type: "task.completed",
  payload: {
    title: "Call the bank",
    priority: facts.priority,
    dueDate: facts.dueDate,
    ...(facts.dueOn ? { dueOn: facts.dueOn } : {}),
    completedAt: facts.completedAt,
    completedOn: facts.completedOn,
  },
});

export const achievementUnlockedEvent = (
  userId: string,
  achievementId: string,
  earnedOn: string,
): DomainEvent => ({
  ...envelope(userId, { type: "achievement", id: achievementId }),
  type: "achievement.unlocked",
  payload: { points: 10, earnedOn },
});

/** Any event, as if it had happened at `occurredAt`. */
export const at = (occurredAt: string, event: DomainEvent): DomainEvent => ({ ...event, occurredAt });
