import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { UserActivity } from "@momentum/db";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadApiConfig } from "../config";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { removeKeys } from "../testing/test-api";
import { closeAllBrokerConnections, restartBrokerApp, waitForBroker } from "./testing/broker-control";
import { databaseSwitch, holdOutboxWrites, outboxRowsClaimedElsewhere } from "./testing/database-control";
import { duplicatesSkipped, startEventPipeline, type EventPipeline } from "./testing/event-pipeline";

// Heavy proofs against the shared local broker and this run's own databases: each test takes 10-30 s and
// cuts or restarts RabbitMQ, kills a process or takes its database away for a few seconds. `npm test`
// runs them last and alone (see vitest.outages.config.mjs), one after the other, each bounded by its timeout.
//
// Each proves more than "no row twice" (user_activity's unique event id forbids that anyway): every
// event arrives, the worker reports the copies it skipped, and each aggregate's events are recorded in
// the order they happened (the worker takes messages in delivery order and writes one batch at a time).

/** The analytics worker as `npm start` runs it (batching what arrives together), on the pipeline's names. */
const startWorker = async (pipeline: EventPipeline) => {
  const worker = await spawnService("analytics", {
    analyticsDatabaseUrl: pipeline.orms.databases.analyticsUrl,
    namespace: pipeline.topology.namespace,
  });
  await worker.waitUntilReady(20_000);
  return worker;
};

describe("the event pipeline, outbox to user_activity, under broker failures", { timeout: 150_000 }, () => {
  let pipeline: EventPipeline;
  let worker: ServiceProcess;

  beforeAll(async () => {
    pipeline = await startEventPipeline("pipeline_failures");
    worker = await startWorker(pipeline);
  });

  afterEach(async () => {
    // Whatever a test did to the broker, the next one (and other runs sharing it) find it up.
    await waitForBroker();
  });

  afterAll(async () => {
    await worker?.kill("SIGTERM");
    await pipeline?.stop();
  });

  it("1,000 events recorded while every broker connection is cut twice reach user_activity exactly once, in order, and the outbox drains", async () => {
    const duplicatesBefore = await duplicatesSkipped(worker);
    // The first cut must find messages delivered and not yet acked, whatever the machine's speed: the
    // worker's batch waits on a lock of user_activity held across the cut, then commits, and its ack
    // goes to a connection that is gone, so the broker delivers those messages again.
    const knex = pipeline.orms.analytics.em.getConnection().getKnex();
    const holdIngestion = await knex.transaction();
    await holdIngestion.raw("lock table user_activity in share row exclusive mode");
    const ingestionWaiting = async () => {
      const { rows } = await knex.raw<{ rows: { waiting: number }[] }>(
        `select count(*)::int as waiting from pg_locks
         where not granted and relation = 'user_activity'::regclass`,
      );
      return rows[0]!.waiting;
    };
    const cuts = (async () => {
      try {
        await expect.poll(ingestionWaiting, { timeout: 20_000 }).toBeGreaterThan(0);
        await closeAllBrokerConnections();
      } finally {
        await holdIngestion.rollback();
      }
      await sleep(1_500);
      await closeAllBrokerConnections();
    })();
    const [eventIds] = await Promise.all([
      pipeline.recordEvents(1_000, { batchSize: 100, pauseMs: 150 }),
      cuts,
    ]);
    await pipeline.expectDeliveredExactlyOnce(eventIds, 90_000);
    // Messages handled but not acked when their connection went were delivered again, and skipped.
    expect(await duplicatesSkipped(worker)).toBeGreaterThan(duplicatesBefore);
  });

  it("1,000 events recorded while the broker application stops for 3 s reach user_activity exactly once, in order; the worker is not ready meanwhile", async () => {
    let sawNotReady = false;
    const outage = (async () => {
      await sleep(400);
      let restarted = false;
      const restart = restartBrokerApp(3_000).finally(() => (restarted = true));
      // Watched throughout: stopping a broker with a backlog takes a while, so no fixed instant is "during".
      while (!restarted && !sawNotReady) {
        sawNotReady = (await worker.readiness()) === 503;
        await sleep(100);
      }
      await restart;
    })();
    const [eventIds] = await Promise.all([
      pipeline.recordEvents(1_000, { batchSize: 100, pauseMs: 150 }),
      outage,
    ]);
    expect(sawNotReady).toBe(true);
    await pipeline.expectDeliveredExactlyOnce(eventIds, 90_000);
    await expect.poll(() => worker.readiness(), { timeout: 10_000 }).toBe(200);
  });

  it("the analytics worker killed (SIGKILL) mid-stream and started again loses and doubles nothing, in order", async () => {
    const eventIds = await pipeline.recordEvents(1_000, { batchSize: 500 });
    const arrived = () =>
      pipeline.orms.analytics.em.fork().count(UserActivity, { eventId: { $in: eventIds } });
    await expect.poll(arrived, { timeout: 20_000, interval: 50 }).toBeGreaterThan(300);
    await worker.kill("SIGKILL");
    const arrivedBeforeRestart = await arrived();
    expect(arrivedBeforeRestart).toBeLessThan(eventIds.length);
    worker = await startWorker(pipeline);
    await pipeline.expectDeliveredExactlyOnce(eventIds, 90_000);
  });
});

describe(
  "the event pipeline when the relay or the main database fails between publishing and marking",
  { timeout: 150_000 },
  () => {
    let pipeline: EventPipeline;
    let worker: ServiceProcess;

    beforeAll(async () => {
      // No relay yet: each test decides which relay runs, and when.
      pipeline = await startEventPipeline("pipeline_midround", { relay: false });
      worker = await startWorker(pipeline);
    });

    afterAll(async () => {
      await worker?.kill("SIGTERM");
      await pipeline?.stop();
    });

    it("the API killed (SIGKILL) after its relay published a round and before it marked it: the round is published again, every copy is skipped, nothing is lost", async () => {
      const { mainUrl, analyticsUrl } = pipeline.orms.databases;
      const eventIds = await pipeline.recordEvents(600, { batchSize: 200 });
      const redisKeyPrefix = `test:${randomUUID()}:`;
      const hold = await holdOutboxWrites(mainUrl);
      const observer = await databaseSwitch(mainUrl, analyticsUrl);
      let published: number;
      const duplicatesBefore = await duplicatesSkipped(worker);
      try {
        const api = await spawnService("api", {
          namespace: pipeline.topology.namespace,
          analyticsDatabaseUrl: analyticsUrl,
          extra: {
            NODE_ENV: "test",
            DATABASE_URL: mainUrl,
            REDIS_KEY_PREFIX: redisKeyPrefix,
            REMINDERS_ENABLED: "false",
            OUTBOX_POLL_MS: "200",
          },
        });
        // The API's relay has published its first round; marking it published waits for the hold.
        await expect.poll(() => observer.waitersBehind(hold.pid), { timeout: 20_000, interval: 20 }).toBe(1);
        published = await outboxRowsClaimedElsewhere(mainUrl);
        expect(published).toBeGreaterThan(0);
        await api.kill("SIGKILL");
      } finally {
        await hold.release();
        await observer.close();
        await removeKeys(loadApiConfig().redis.url, redisKeyPrefix);
      }

      // The killed relay's transaction never commits: its rows are pending again for the next relay.
      pipeline.startRelay();
      await pipeline.expectDeliveredExactlyOnce(eventIds, 90_000);
      expect((await duplicatesSkipped(worker)) - duplicatesBefore).toBeGreaterThanOrEqual(published);
    });

    it("the main database gone for 3 s after the relay published a round and before it marked it: the relay recovers, republishes, and every copy is skipped", async () => {
      const { mainUrl, analyticsUrl } = pipeline.orms.databases;
      await pipeline.relay?.stop();
      const eventIds = await pipeline.recordEvents(600, { batchSize: 200 });
      const hold = await holdOutboxWrites(mainUrl);
      const database = await databaseSwitch(mainUrl, analyticsUrl);
      let published: number;
      const duplicatesBefore = await duplicatesSkipped(worker);
      try {
        try {
          const relay = pipeline.startRelay();
          await expect
            .poll(() => database.waitersBehind(hold.pid), { timeout: 20_000, interval: 20 })
            .toBe(1);
          published = await outboxRowsClaimedElsewhere(mainUrl);
          expect(published).toBeGreaterThan(0);
          // Every connection but the hold's ends, the relay's mid-round one with it; no new one is let in.
          await database.takeDown(hold.pid);
          await expect.poll(() => relay.state.consecutiveFailures, { timeout: 10_000 }).toBeGreaterThan(0);
        } finally {
          await hold.release();
        }
        await sleep(3_000);
      } finally {
        await database.bringBack();
        await database.close();
      }

      await pipeline.expectDeliveredExactlyOnce(eventIds, 90_000);
      expect((await duplicatesSkipped(worker)) - duplicatesBefore).toBeGreaterThanOrEqual(published);
      expect(pipeline.relay?.state.consecutiveFailures).toBe(0);
    });
  },
);
