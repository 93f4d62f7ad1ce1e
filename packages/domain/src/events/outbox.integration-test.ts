import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, OutboxEvent } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EventPayload } from "./event-catalogue";
import { recordEvent, recordNotification } from "./outbox";

describe("recording events in the outbox", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openMainOrm(process.env.DATABASE_URL!);
  });
  afterAll(() => orm?.close());

  it("writes the event with its catalogue version and aggregate type when the caller commits", async () => {
    const taskId = randomUUID();
    const row = await orm.em.fork().transactional(async (em) =>
      recordEvent(em, {
        type: "task.reopened",
        userId: randomUUID(),
        aggregateId: taskId,
        payload: { title: "Again", priority: "low", dueDate: null },
      }),
    );
    const stored = await orm.em.fork().findOneOrFail(OutboxEvent, row.id);
    expect(stored).toMatchObject({
      eventType: "task.reopened",
      eventVersion: 1,
      aggregateType: "task",
      aggregateId: taskId,
    });
    expect(stored.publishedAt).toBeNull();
  });

  it("refuses a payload that does not match the event's schema, naming the field", async () => {
    const em = orm.em.fork();
    const record = () =>
      recordEvent(em, {
        type: "task.reopened",
        userId: null,
        aggregateId: randomUUID(),
        payload: { title: "Again", priority: "someday" } as unknown as EventPayload<"task.reopened">,
      });
    expect(record).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => record()).toThrow(
      expect.objectContaining({
        details: { fields: expect.arrayContaining([expect.objectContaining({ field: "payload.priority" })]) },
      }),
    );
    expect(em.getUnitOfWork().getPersistStack().size).toBe(0);
  });

  it("keeps a notification message's exact body as the payload", async () => {
    const message = {
      type: "ACHIEVEMENT_UNLOCKED",
      userId: randomUUID(),
      achievementId: randomUUID(),
      name: "Early Bird",
      points: 100,
    } as const;
    const row = await orm.em.fork().transactional(async (em) => recordNotification(em, message));
    const stored = await orm.em.fork().findOneOrFail(OutboxEvent, row.id);
    expect(stored).toMatchObject({
      eventType: "ACHIEVEMENT_UNLOCKED",
      aggregateId: message.achievementId,
      payload: message,
    });
  });
});
