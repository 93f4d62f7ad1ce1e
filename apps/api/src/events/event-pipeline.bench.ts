import "reflect-metadata";
import { bench, describe } from "vitest";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { startEventPipeline, type EventPipeline } from "./testing/event-pipeline";

const eventsPerRun = 2_000;

let running: Promise<{ pipeline: EventPipeline; worker: ServiceProcess }> | undefined;

/** Started by the first run: vitest's bench mode does not run beforeAll/afterAll hooks. */
async function startPipeline() {
  const pipeline = await startEventPipeline("pipeline_bench");
  const worker = await spawnService("analytics", {
    analyticsDatabaseUrl: pipeline.orms.databases.analyticsUrl,
    namespace: pipeline.topology.namespace,
  });
  await worker.waitUntilReady(20_000);
  return { pipeline, worker };
}

// Events per second from outbox to user_activity = hz x eventsPerRun. Measured, never asserted.
describe(`event pipeline: ${eventsPerRun} events from the outbox to user_activity (events/s = hz x ${eventsPerRun})`, () => {
  bench(
    "record in batches of 500, relay, consume, ingest",
    async () => {
      const { pipeline } = await (running ??= startPipeline());
      const eventIds = await pipeline.recordEvents(eventsPerRun, { batchSize: 500 });
      await pipeline.waitForActivities(eventIds, 60_000);
    },
    {
      iterations: 3,
      warmupIterations: 1,
      time: 0,
      warmupTime: 0,
      async teardown(_task, mode) {
        if (mode !== "run" || !running) return;
        const { pipeline, worker } = await running;
        await worker.kill("SIGTERM");
        await pipeline.stop();
      },
    },
  );
});
