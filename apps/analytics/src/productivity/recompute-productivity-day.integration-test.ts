import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm, ProductivityMetric } from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDomainEvent } from "../ingest-domain-event.handler";
import {
  focusLoggedEvent,
  habitLoggedEvent,
  habitUnloggedEvent,
  taskCompletedEvent,
} from "../testing/domain-event-builders";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
});
afterAll(() => orm?.close());

const ingest = (event: DomainEvent) => orm.em.fork().transactional((tx) => ingestDomainEvent(tx, event));
const metricsOf = (userId: string, date: string) =>
  orm.em.fork().findOne(ProductivityMetric, { userId, date });

describe("daily productivity metrics", () => {
  it("count the day's distinct completed tasks, counted habit days and focus minutes, and score the day", async () => {
    const userId = randomUUID();
    const taskId = randomUUID();
    await ingest(taskCompletedEvent(userId, "2026-11-20", taskId));
    await ingest(taskCompletedEvent(userId, "2026-11-20", taskId)); // completed again after a reopen
    await ingest(taskCompletedEvent(userId, "2026-11-20"));
    await ingest(habitLoggedEvent(userId, randomUUID(), "2026-11-20"));
    await ingest(habitLoggedEvent(userId, randomUUID(), "2026-11-20", { counted: false })); // under its target
    await ingest(focusLoggedEvent(userId, "2026-11-20", 25));
    await ingest(focusLoggedEvent(userId, "2026-11-20", 35));
    await ingest(taskCompletedEvent(userId, "2026-11-21"));

    expect(await metricsOf(userId, "2026-11-20")).toMatchObject({
      tasksCompleted: 2,
      habitsCompleted: 1,
      focusTime: 60,
      productivityScore: 40.17,
    });
    expect(await metricsOf(userId, "2026-11-21")).toMatchObject({
      tasksCompleted: 1,
      habitsCompleted: 0,
      focusTime: 0,
    });
  });

  it("follow a habit day that is re-logged under its target and then deleted", async () => {
    const userId = randomUUID();
    const habitId = randomUUID();
    await ingest(habitLoggedEvent(userId, habitId, "2026-11-22"));
    expect((await metricsOf(userId, "2026-11-22"))?.habitsCompleted).toBe(1);
    await ingest(habitLoggedEvent(userId, habitId, "2026-11-22", { counted: false, replaced: true }));
    expect((await metricsOf(userId, "2026-11-22"))?.habitsCompleted).toBe(0);
    await ingest(habitLoggedEvent(userId, habitId, "2026-11-22", { replaced: true }));
    await ingest(habitUnloggedEvent(userId, habitId, "2026-11-22"));
    expect((await metricsOf(userId, "2026-11-22"))?.habitsCompleted).toBe(0);
  });

  it("count both of two completions of one user and day ingested at the same time", async () => {
    const userId = randomUUID();
    await Promise.all(Array.from({ length: 6 }, () => ingest(taskCompletedEvent(userId, "2026-11-23"))));
    expect((await metricsOf(userId, "2026-11-23"))?.tasksCompleted).toBe(6);
  });

  it("are unchanged by a redelivered event", async () => {
    const userId = randomUUID();
    const event = focusLoggedEvent(userId, "2026-11-24", 50);
    await ingest(event);
    await ingest(event).catch(() => undefined); // the same event id: refused by the unique event_id
    expect((await metricsOf(userId, "2026-11-24"))?.focusTime).toBe(50);
  });
});
