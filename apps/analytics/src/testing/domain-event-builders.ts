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

export const taskCompletedEvent = (userId: string): DomainEvent => ({
  ...envelope(userId, { type: "task", id: randomUUID() }),
  type: "task.completed",
  payload: { title: "Call the bank", priority: "high", dueDate: null, completedAt: new Date().toISOString() },
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
