import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm, UserActivity } from "@momentum/db";
import { backendPidOf, lockWaiters } from "@momentum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDomainEvent } from "./ingest-domain-event.handler";
import { habitSkippedEvent, taskCompletedEvent, userDeletedEvent } from "./testing/domain-event-builders";

/** A transaction the test holds open after `work`, until it lets go; `pid` is its server process. */
function heldTransaction(orm: MikroORM, work: Parameters<MikroORM["em"]["transactional"]>[0]) {
  let letGo!: () => void;
  const released = new Promise<void>((resolve) => (letGo = resolve));
  let holding!: (pid: number) => void;
  const pid = new Promise<number>((resolve) => (holding = resolve));
  const committed = orm.em.fork().transactional(async (tx) => {
    await work(tx);
    holding(await backendPidOf(tx));
    await released;
  });
  return { pid, committed, letGo };
}

describe("ingestDomainEvent", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
  });
  afterAll(() => orm?.close());

  it("a deletion that overlaps an event of the same user still leaves no row of theirs", async () => {
    const userId = randomUUID();
    // The event's row is written, not committed, while the deletion starts and queues behind it.
    const event = heldTransaction(orm, async (tx) => {
      await ingestDomainEvent(tx, taskCompletedEvent(userId));
      await tx.flush();
    });
    const eventPid = await event.pid;
    const deletion = orm.em.fork().transactional((tx) => ingestDomainEvent(tx, userDeletedEvent(userId)));
    await expect.poll(() => lockWaiters(orm.em.fork(), eventPid), { timeout: 10_000, interval: 20 }).toBe(1);
    event.letGo();
    await Promise.all([event.committed, deletion]);
    expect(await orm.em.fork().count(UserActivity, { userId })).toBe(0);
  });

  it("events of one user on different days do not wait for each other", async () => {
    const userId = randomUUID();
    const first = heldTransaction(orm, (tx) =>
      ingestDomainEvent(tx, taskCompletedEvent(userId, "2026-11-25")),
    );
    const firstPid = await first.pid;
    const second = orm.em
      .fork()
      .transactional((tx) => ingestDomainEvent(tx, taskCompletedEvent(userId, "2026-11-26")));
    // Whichever comes first: the second event committing, or the second event queueing behind the first.
    let settled = false;
    const queued = (async () => {
      while (!settled && (await lockWaiters(orm.em.fork(), firstPid)) === 0)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return "waited for the first";
    })();
    const outcome = await Promise.race([second.then(() => "committed"), queued]);
    settled = true;
    first.letGo();
    await Promise.all([first.committed, second, queued]);
    expect(outcome).toBe("committed");
    expect(await orm.em.fork().count(UserActivity, { userId })).toBe(2);
  });

  it("keeps whether a habit skip gave a reason, never the reason's words", async () => {
    const userId = randomUUID();
    const reason = "my therapist said to rest after the diagnosis";
    const event = habitSkippedEvent(userId, randomUUID(), "2026-11-26", reason);
    await orm.em.fork().transactional((tx) => ingestDomainEvent(tx, event));
    const row = await orm.em.fork().findOneOrFail(UserActivity, { userId });
    expect(row.metadata).toMatchObject({ date: "2026-11-26", reasonGiven: true });
    expect(JSON.stringify(row.metadata)).not.toContain("therapist");
  });
});
