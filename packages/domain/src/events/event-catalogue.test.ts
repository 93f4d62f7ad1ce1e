import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { domainEventSchema } from "./event-catalogue";

const taskCompleted = () => ({
  id: randomUUID(),
  type: "task.completed",
  version: 1,
  occurredAt: "2028-03-20T08:00:00.000Z",
  userId: randomUUID(),
  aggregate: { type: "task", id: randomUUID() },
  payload: {
    title: "Write the report",
    priority: "high",
    dueDate: null,
    completedAt: "2028-03-20T08:00:00.000Z",
    completedOn: "2028-03-20",
  },
});

describe("domainEventSchema", () => {
  it("accepts an envelope whose payload matches its type", () => {
    expect(domainEventSchema.safeParse(taskCompleted()).success).toBe(true);
  });

  it("rejects a payload that does not match its type, naming the field", () => {
    const event = { ...taskCompleted(), payload: { ...taskCompleted().payload, priority: "someday" } };
    const result = domainEventSchema.safeParse(event);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["payload", "priority"]);
  });

  it("rejects an event type the catalogue does not know", () => {
    expect(domainEventSchema.safeParse({ ...taskCompleted(), type: "task.teleported" }).success).toBe(false);
  });

  it("rejects a version of a known type that this code was not built for", () => {
    expect(domainEventSchema.safeParse({ ...taskCompleted(), version: 2 }).success).toBe(false);
  });

  it("rejects an envelope without an id", () => {
    const { id: _id, ...withoutId } = taskCompleted();
    expect(domainEventSchema.safeParse(withoutId).success).toBe(false);
  });
});
