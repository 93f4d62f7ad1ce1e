import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { ForgottenUser, openAnalyticsOrm, ProcessedMessage, UserActivity } from "@momentum/db";
import { messagingTopology, type DomainEvent } from "@momentum/domain";
import {
  connectRabbit,
  createLogger,
  declareTopology,
  deleteTopology,
  type RabbitConnection,
} from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAnalyticsWorker, type AnalyticsWorker } from "./analytics-worker";
import { loadAnalyticsConfig } from "./config";
import { taskCompletedEvent, userDeletedEvent } from "./testing/domain-event-builders";

const config = loadAnalyticsConfig({
  ...process.env,
  ANALYTICS_PORT: "0",
  AMQP_NAMESPACE: `test-${randomUUID().slice(0, 8)}`,
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
});
const logger = createLogger({ name: "analytics-test", level: config.logLevel });
const topology = messagingTopology(config.amqp.namespace);

describe("analytics worker", () => {
  let worker: AnalyticsWorker;
  let rabbit: RabbitConnection;
  let orm: MikroORM;

  beforeAll(async () => {
    worker = await startAnalyticsWorker(config, logger);
    rabbit = connectRabbit(config.amqp.url, logger);
    // The worker declares it too, once it reached the broker; publishing must not race that.
    await declareTopology(rabbit, topology);
    orm = await openAnalyticsOrm(config.analyticsDatabaseUrl);
  });

  afterAll(async () => {
    await worker?.stop();
    await deleteTopology(rabbit, topology);
    await rabbit?.close();
    await orm?.close();
  });

  const publish = async (event: DomainEvent) => {
    const publisher = rabbit.createPublisher({ confirm: true });
    await publisher.send(
      { exchange: topology.eventsExchange, routingKey: event.type, messageId: event.id, durable: true },
      event,
    );
    await publisher.close();
  };
  const activitiesOf = (userId: string) =>
    orm.em.fork().find(UserActivity, { userId }, { orderBy: { createdAt: "asc" } });

  it("turns a published task.completed into one user_activity row", async () => {
    const event = taskCompletedEvent(randomUUID());
    await publish(event);
    await expect.poll(() => activitiesOf(event.userId!), { timeout: 10_000 }).toHaveLength(1);
    const [activity] = await activitiesOf(event.userId!);
    expect(activity).toMatchObject({
      activityType: "task",
      action: "completed",
      entityType: "task",
      entityId: event.aggregate.id,
      eventId: event.id,
    });
  });

  it("records a message delivered twice only once", async () => {
    const userId = randomUUID();
    const event = taskCompletedEvent(userId);
    const marker = taskCompletedEvent(userId);
    await publish(event);
    await publish(event);
    await publish(marker); // the queue is ordered: once the marker is in, both copies were handled
    await expect
      .poll(async () => (await activitiesOf(userId)).map((row) => row.eventId), { timeout: 10_000 })
      .toEqual([event.id, marker.id]);
    // Skipped as a duplicate, not failed on the unique event id and sent round the retry loop.
    const metrics = await (await fetch(`http://127.0.0.1:${worker.healthPort}/metrics`)).text();
    expect(metrics).not.toMatch(/outcome="(retried|parked)",service="analytics"} [1-9]/);
    expect(metrics).toMatch(/momentum_messages_duplicate_total\{queue="[^"]+",service="analytics"\} 1\n/);
  });

  it("forgets a user's activity when the user is deleted", async () => {
    const userId = randomUUID();
    await publish(taskCompletedEvent(userId));
    await expect.poll(() => activitiesOf(userId), { timeout: 10_000 }).toHaveLength(1);
    await publish(userDeletedEvent(userId));
    await expect.poll(() => activitiesOf(userId), { timeout: 10_000 }).toHaveLength(0);
  });

  it("ignores an older event of a deleted user that arrives after the deletion (a retry or a late relay)", async () => {
    const userId = randomUUID();
    const before = new Date(Date.now() - 60_000).toISOString();
    const late = { ...taskCompletedEvent(userId), occurredAt: before };
    await publish(userDeletedEvent(userId));
    await expect.poll(() => orm.em.fork().count(ForgottenUser, { userId }), { timeout: 10_000 }).toBe(1);
    await publish(late);
    await expect
      .poll(() => orm.em.fork().count(ProcessedMessage, { messageId: late.id }), { timeout: 10_000 })
      .toBe(1);
    expect(await activitiesOf(userId)).toEqual([]);
  });

  it("reports ready on /readyz and counts what it consumed on /metrics", async () => {
    const base = `http://127.0.0.1:${worker.healthPort}`;
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { broker: "up", analyticsDatabase: "up" },
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /momentum_messages_consumed_total\{queue="[^"]+",outcome="handled",service="analytics"\} [1-9]/,
    );
    for (const outcome of ["retried", "parked", "malformed"])
      expect(metrics).toMatch(
        new RegExp(`momentum_messages_consumed_total\\{[^}]*outcome="${outcome}"[^}]*\\} \\d`),
      );
    expect(metrics).toMatch(
      /momentum_message_handler_seconds_count\{service="analytics",queue="[^"]+"\} [1-9]/,
    );
  });
});
