import "reflect-metadata";
import { bench, describe } from "vitest";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { parseEnv, rabbitEnvSchema } from "@momentum/platform";
import { startBareBrokerLoop, type BareBrokerLoop } from "./testing/bare-broker-loop";
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

let bareLoop: Promise<{ loop: BareBrokerLoop; databases: TestDatabases }> | undefined;

/** The floor on databases of its own (the pipeline's are gone once its runs end). */
async function startBareLoop() {
  const databases = await createTestDatabases("bare_loop_bench");
  const loop = await startBareBrokerLoop(
    parseEnv(rabbitEnvSchema, process.env).AMQP_URL,
    databases.analyticsUrl,
  );
  return { loop, databases };
}

// Events per second from outbox to user_activity = hz x eventsPerRun, and the same count through a bare
// publish-with-confirms / consume / insert loop on the same broker and database server: vitest prints how the two
// compare (target: the pipeline at 2,000 events/s or more, and at least 30% of the bare loop). Measured,
// never asserted.
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

  bench(
    "bare loop: publish with confirms, consume, insert a row (the floor)",
    async () => {
      const { loop } = await (bareLoop ??= startBareLoop());
      await loop.run(eventsPerRun);
    },
    {
      iterations: 3,
      warmupIterations: 1,
      time: 0,
      warmupTime: 0,
      async teardown(_task, mode) {
        if (mode !== "run" || !bareLoop) return;
        const { loop, databases } = await bareLoop;
        await loop.close();
        await databases.drop();
      },
    },
  );
});
