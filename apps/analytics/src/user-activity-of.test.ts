import { randomUUID } from "node:crypto";
import { FrequencyType } from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { userActivityOf } from "./user-activity-of";

const userId = randomUUID();
const taskId = randomUUID();
const envelope = () => ({ id: randomUUID(), version: 1, occurredAt: "2028-03-20T08:00:00.000Z", userId });
const taskCompleted: DomainEvent = {
  ...envelope(),
  type: "task.completed",
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

  it("turns habit.updated into a 'habit' activity naming the changed fields, not the title", () => {
    const habitId = randomUUID();
    const habitUpdated: DomainEvent = {
      ...envelope(),
      type: "habit.updated",
      aggregate: { type: "habit", id: habitId },
      payload: { title: "Read", frequencyType: FrequencyType.Daily, changedFields: ["title", "endDate"] },
    };
    expect(userActivityOf(habitUpdated)).toMatchObject({
      activityType: "habit",
      action: "updated",
      entityId: habitId,
      metadata: { version: 1, frequencyType: FrequencyType.Daily, changedFields: ["title", "endDate"] },
    });
    expect(userActivityOf(habitUpdated)?.metadata).not.toHaveProperty("title");
  });

  it("copies no text the user wrote into the metadata", () => {
    expect(userActivityOf(taskCompleted)?.metadata).not.toHaveProperty("title");
  });

  it("records nothing for an event about no user", () => {
    expect(userActivityOf({ ...taskCompleted, userId: null })).toBeUndefined();
  });

  it.each([
    ["a reason", "feeling sick", true],
    ["a blank reason", "  ", false],
  ])("turns habit.skipped with %s into whether one was given, never the words", (_, reason, given) => {
    const skipped: DomainEvent = {
      ...envelope(),
      type: "habit.skipped",
      aggregate: { type: "habit", id: randomUUID() },
      payload: { date: "2028-03-20", reason },
    };
    const metadata = userActivityOf(skipped)!.metadata;
    expect(metadata).toEqual({
      version: 1,
      occurredAt: "2028-03-20T08:00:00.000Z",
      date: "2028-03-20",
      reasonGiven: given,
    });
  });
});
