import "reflect-metadata";
import { UserActivity } from "@momentum/db";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { closeAllBrokerConnections, restartBrokerApp, waitForBroker } from "./testing/broker-control";
import { startEventPipeline, type EventPipeline } from "./testing/event-pipeline";

// Heavy proofs against the shared local broker: each test takes 10-30 s and cuts or restarts RabbitMQ
// for a few seconds. `npm test` runs them last and alone (see vitest.outages.config.mjs), one after
// the other, each bounded by its timeout.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the event pipeline, outbox to user_activity, under failure", { timeout: 60_000 }, () => {
  let pipeline: EventPipeline;
  let worker: ServiceProcess;

  const startWorker = async () => {
    worker = await spawnService("analytics", {
      analyticsDatabaseUrl: pipeline.orms.databases.analyticsUrl,
      namespace: pipeline.topology.namespace,
    });
    await worker.waitUntilReady(20_000);
  };

  beforeAll(async () => {
    pipeline = await startEventPipeline("pipeline_failures");
    await startWorker();
  });

  afterEach(async () => {
    // Whatever a test did to the broker, the next one (and other runs sharing it) find it up.
    await waitForBroker();
  });

  afterAll(async () => {
    await worker?.kill("SIGTERM");
    await pipeline?.stop();
  });

  it("5,000 events recorded while every broker connection is cut twice reach user_activity exactly once and the outbox drains", async () => {
    const cuts = (async () => {
      await sleep(400);
      await closeAllBrokerConnections();
      await sleep(1_500);
      await closeAllBrokerConnections();
    })();
    const [eventIds] = await Promise.all([
      pipeline.recordEvents(5_000, { batchSize: 250, pauseMs: 150 }),
      cuts,
    ]);
    await pipeline.expectDeliveredExactlyOnce(eventIds, 40_000);
  });

  it("5,000 events recorded while the broker application stops for 3 s reach user_activity exactly once; the worker is not ready meanwhile", async () => {
    let sawNotReady = false;
    const outage = (async () => {
      await sleep(400);
      const restart = restartBrokerApp(3_000);
      await sleep(1_500);
      sawNotReady = (await worker.readiness()) === 503;
      await restart;
    })();
    const [eventIds] = await Promise.all([
      pipeline.recordEvents(5_000, { batchSize: 250, pauseMs: 150 }),
      outage,
    ]);
    expect(sawNotReady).toBe(true);
    await pipeline.expectDeliveredExactlyOnce(eventIds, 40_000);
    await expect.poll(() => worker.readiness(), { timeout: 10_000 }).toBe(200);
  });

  it("the analytics worker killed (SIGKILL) mid-stream and started again loses and doubles nothing", async () => {
    const eventIds = await pipeline.recordEvents(5_000, { batchSize: 500 });
    const arrived = () =>
      pipeline.orms.analytics.em.fork().count(UserActivity, { eventId: { $in: eventIds } });
    await expect.poll(arrived, { timeout: 20_000, interval: 50 }).toBeGreaterThan(300);
    await worker.kill("SIGKILL");
    const arrivedBeforeRestart = await arrived();
    expect(arrivedBeforeRestart).toBeLessThan(eventIds.length);
    await startWorker();
    await pipeline.expectDeliveredExactlyOnce(eventIds, 40_000);
  });
});
