import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { MikroORM } from "@mikro-orm/postgresql";
import { openAnalyticsOrm, openMainOrm, UserActivity } from "@momentum/db";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { messagingTopology, type DomainEvent } from "@momentum/domain";
import {
  connectRabbit,
  createLogger,
  declareTopology,
  deleteTopology,
  listParkedMessages,
  type RabbitConnection,
  type RetryPolicy,
} from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAnalyticsWorker, type AnalyticsWorker } from "./analytics-worker";
import { loadAnalyticsConfig } from "./config";
import { taskUpdatedEvent } from "./testing/domain-event-builders";

// Short delays so a retry horizon of ~6 s covers a 2 s outage, and a poison message parks within it.
const retryPolicy: RetryPolicy = { retryDelaysMs: [250, 500, 1_000], maxAttempts: 8 };
const namespace = `test-outage-${randomUUID().slice(0, 8)}`;
const logger = createLogger({ name: "analytics-outage-test", level: "silent" });
const topology = messagingTopology(namespace, retryPolicy);

describe("analytics worker while its database is unavailable", { timeout: 45_000 }, () => {
  let databases: TestDatabases;
  let worker: AnalyticsWorker;
  let rabbit: RabbitConnection;
  let orm: MikroORM;
  /** A connection to another database of the same server, from which the analytics one is switched off and on. */
  let admin: MikroORM;
  const databaseName = () => new URL(databases.analyticsUrl).pathname.slice(1);

  /** Refuses new connections to the analytics database and ends the open ones: the database is "down". */
  const takeDatabaseDown = async () => {
    const sql = admin.em.getConnection();
    await sql.execute(`alter database "${databaseName()}" with allow_connections false`);
    await sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = ?", [
      databaseName(),
    ]);
  };
  const bringDatabaseBack = () =>
    admin.em.getConnection().execute(`alter database "${databaseName()}" with allow_connections true`);

  beforeAll(async () => {
    databases = await createTestDatabases("analytics_outage");
    const config = loadAnalyticsConfig({
      ...process.env,
      ANALYTICS_DATABASE_URL: databases.analyticsUrl,
      ANALYTICS_PORT: "0",
      AMQP_NAMESPACE: namespace,
      LOG_LEVEL: "silent",
    });
    worker = await startAnalyticsWorker(config, logger, { retryPolicy });
    rabbit = connectRabbit(config.amqp.url, logger);
    // The worker declares it too, once it reached the broker; publishing must not race that.
    await declareTopology(rabbit, topology);
    admin = await openMainOrm(databases.mainUrl);
  });

  afterAll(async () => {
    if (admin) await bringDatabaseBack();
    await worker?.stop();
    await deleteTopology(rabbit, topology);
    await rabbit?.close();
    await orm?.close();
    await admin?.close();
    await databases?.drop();
  });

  const publish = async (events: DomainEvent[]) => {
    const publisher = rabbit.createPublisher({ confirm: true });
    for (const event of events)
      await publisher.send(
        { exchange: topology.eventsExchange, routingKey: event.type, messageId: event.id, durable: true },
        event,
      );
    await publisher.close();
  };
  const metric = async (outcome: string) => {
    const text = await (await fetch(`http://127.0.0.1:${worker.healthPort}/metrics`)).text();
    return Number(
      new RegExp(`momentum_messages_consumed_total\\{[^}]*outcome="${outcome}"[^}]*\\} (\\d+)`).exec(
        text,
      )?.[1],
    );
  };
  const readiness = async () => (await fetch(`http://127.0.0.1:${worker.healthPort}/readyz`)).json();

  it("retries messages while the database is down, reports not ready, and records each once when it is back", async () => {
    const userId = randomUUID();
    const events = Array.from({ length: 20 }, () => taskUpdatedEvent(userId));
    await takeDatabaseDown();
    try {
      await publish(events);
      // Every message failed at least twice: the outage outlasted the first retry delay.
      await expect
        .poll(() => metric("retried"), { timeout: 5_000 })
        .toBeGreaterThanOrEqual(events.length * 2);
      expect(await readiness()).toMatchObject({ status: "not ready", checks: { analyticsDatabase: "down" } });
    } finally {
      await bringDatabaseBack();
    }

    orm = await openAnalyticsOrm(databases.analyticsUrl);
    await expect
      .poll(() => orm.em.fork().count(UserActivity, { userId }), { timeout: 15_000 })
      .toBe(events.length);
    expect(await listParkedMessages(rabbit, topology.consumers.analyticsEvents)).toEqual([]);
    expect(await readiness()).toMatchObject({ status: "ready" });
  });

  it("parks a message that always fails after 8 attempts, with its reason, and keeps handling the others", async () => {
    const userId = randomUUID();
    // PostgreSQL's jsonb refuses the NUL character: this event can never be stored.
    const poison = taskUpdatedEvent(userId, ["title\u0000"]);
    const healthy = taskUpdatedEvent(userId);
    await publish([poison, healthy]);

    await expect.poll(() => orm.em.fork().count(UserActivity, { eventId: healthy.id })).toBe(1);
    await expect
      .poll(() => listParkedMessages(rabbit, topology.consumers.analyticsEvents), { timeout: 15_000 })
      .toEqual([
        expect.objectContaining({
          messageId: poison.id,
          attempts: 8,
          reason: expect.stringMatching(/^gave up after 8 attempts: .*unsupported Unicode escape sequence/),
        }),
      ]);
    expect(await orm.em.fork().count(UserActivity, { eventId: poison.id })).toBe(0);
  });
});
