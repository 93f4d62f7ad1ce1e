import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm, UserActivity } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDomainEvent } from "./ingest-domain-event.handler";
import { taskCompletedEvent, userDeletedEvent } from "./testing/domain-event-builders";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("ingestDomainEvent", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
  });
  afterAll(() => orm?.close());

  it("a deletion that overlaps an event of the same user still leaves no row of theirs", async () => {
    const userId = randomUUID();
    // The event's transaction stays open (row written, not committed) while the deletion starts.
    const event = orm.em.fork().transactional(async (tx) => {
      await ingestDomainEvent(tx, taskCompletedEvent(userId));
      await tx.flush();
      await sleep(400);
    });
    await sleep(100);
    const deletion = orm.em.fork().transactional((tx) => ingestDomainEvent(tx, userDeletedEvent(userId)));
    await Promise.all([event, deletion]);
    expect(await orm.em.fork().count(UserActivity, { userId })).toBe(0);
  });

  it("events of one user on different days do not wait for each other", async () => {
    const userId = randomUUID();
    let slowCommitted = false;
    const slow = orm.em
      .fork()
      .transactional(async (tx) => {
        await ingestDomainEvent(tx, taskCompletedEvent(userId, "2026-11-25"));
        await sleep(1_000);
      })
      .then(() => (slowCommitted = true));
    await sleep(100);
    await orm.em
      .fork()
      .transactional((tx) => ingestDomainEvent(tx, taskCompletedEvent(userId, "2026-11-26")));
    expect(slowCommitted).toBe(false);
    await slow;
    expect(await orm.em.fork().count(UserActivity, { userId })).toBe(2);
  });
});
