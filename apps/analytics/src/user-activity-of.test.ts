import { randomUUID } from "node:crypto";
import { type DomainEvent } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { userActivityOf } from "./user-activity-of";

const userId = randomUUID();
const taskId = randomUUID();
const taskCompleted: DomainEvent = {
  id: randomUUID(),
  type: "task.completed",
  version: 1,
  occurredAt: "2028-03-20T08:00:00.000Z",
  userId,
  aggregate: { type: "task", id: taskId },
  payload: {
    title: "Call the bank",
    priority: "high",
    dueDate: null,
    completedAt: "2028-03-20T08:00:00.000Z",
    completedOn: "2028-03-20",
  },
};

describe("userActivityOf", () => {
  it("turns task.completed into a 'task' activity with action 'completed' about that task", () => {
    expect(userActivityOf(taskCompleted)).toEqual({
      userId,
      activityType: "task",
      action: "completed",
      entityType: "task",
      entityId: taskId,
      eventId: taskCompleted.id,
      metadata: {
        version: 1,
        occurredAt: "2028-03-20T08:00:00.000Z",
        priority: "high",
        dueDate: null,
        completedAt: "2028-03-20T08:00:00.000Z",
        completedOn: "2028-03-20",
      },
    });
  });

  it("keeps the action's underscores: user.signed_up is action 'signed_up'", () => {
    const signedUp: DomainEvent = {
      ...taskCompleted,
      type: "user.signed_up",
      aggregate: { type: "user", id: userId },
      payload: { username: "ada", timezone: "Europe/Berlin" },
    };
    expect(userActivityOf(signedUp)).toMatchObject({
      activityType: "user",
      action: "signed_up",
      entityId: userId,
    });
  });

  it("copies no text the user wrote into the metadata", () => {
    expect(userActivityOf(taskCompleted)?.metadata).not.toHaveProperty("title");
  });

  it("records nothing for an event about no user", () => {
    expect(userActivityOf({ ...taskCompleted, userId: null })).toBeUndefined();
  });
});
