import "reflect-metadata";
import { bench, describe } from "vitest";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { parseEnv, rabbitEnvSchema } from "@momentum/platform";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { startBareBrokerLoop, type BareBrokerLoop } from "./testing/bare-broker-loop";
import { startEventPipeline, type EventPipeline } from "./testing/event-pipeline";

const eventsPerRun = 2_000;
const timeoutMs = 120_000;
const benchOptions = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };
/** The analytics worker's default batch (ANALYTICS_BATCH_SIZE), for the batched floor. */
const workerBatch = 500;

type Mode = "warmup" | "run" | undefined;

/** Each bench's measured runs (not the warm-up), in ms, for the summary printed at the end. */
const runs = { pipeline: [] as number[], floorOneByOne: [] as number[], floorBatched: [] as number[] };
const eventsPerSecond = (durations: number[]) =>
  durations.length === 0 ? 0 : (eventsPerRun * durations.length * 1000) / durations.reduce((a, b) => a + b);

async function timed(into: number[], mode: Mode, work: () => Promise<void>) {
  const start = performance.now();
  await work();
  if (mode === "run") into.push(performance.now() - start);
}

/** A floor on databases and a queue of its own, on the same database server and broker as the pipeline. */
async function startFloor(insertBatch: number) {
  const databases = await createTestDatabases("bare_loop_bench");
  const loop = await startBareBrokerLoop(
    parseEnv(rabbitEnvSchema, process.env).AMQP_URL,
    databases.analyticsUrl,
    insertBatch,
  );
  return { loop, databases };
}

type Floor = Promise<{ loop: BareBrokerLoop; databases: TestDatabases }>;

async function stopFloor(floor: Floor | undefined) {
  if (!floor) return;
  const { loop, databases } = await floor;
  await loop.close();
  await databases.drop();
}

/** Started by the first run: vitest's bench mode does not run beforeAll/afterAll hooks. */
async function startPipeline() {
  const pipeline = await startEventPipeline("pipeline_bench", { relay: false });
  const worker = await spawnService("analytics", {
    analyticsDatabaseUrl: pipeline.orms.databases.analyticsUrl,
    namespace: pipeline.topology.namespace,
  });
  await worker.waitUntilReady(20_000);
  return { pipeline, worker };
}

/** Both figures and their ratios, from the measured runs only (set-up and clean-up left out). */
function printSummary() {
  const pipeline = eventsPerSecond(runs.pipeline);
  const ratio = (floor: number) => `${Math.round((100 * pipeline) / floor)}%`;
  const oneByOne = eventsPerSecond(runs.floorOneByOne);
  const batched = eventsPerSecond(runs.floorBatched);
  console.log(
    `event pipeline ${Math.round(pipeline)} events/s (target 2000); bare loop inserting one by one ` +
      `${Math.round(oneByOne)} events/s, the pipeline at ${ratio(oneByOne)} of it; bare loop inserting ` +
      `in batches of up to ${workerBatch} ${Math.round(batched)} events/s, the pipeline at ${ratio(batched)} ` +
      `of it (target 30%)`,
  );
}

// Events per second from the outbox to user_activity, against the same count through a bare publish-with-
// confirms / consume / insert loop on the same broker and database server, inserting one row per
// statement and in batches like the worker. Measured, never asserted; the last run prints the figures.
// Clean-ups run inside the benches: tinybench does not await teardown, nor does bench mode run afterAll.
// vitest's table times whole runs (the pipeline's include recording the backlog, the last ones their
// clean-up); the printed figures time only the floors' loops and the backlog's drain.
describe(`event pipeline: ${eventsPerRun} events from the outbox to user_activity (events/s = hz x ${eventsPerRun})`, () => {
  let oneByOne: Floor | undefined;
  let oneByOneMode: Mode;
  bench(
    "bare loop: publish with confirms, consume, insert one row per message (a floor)",
    async () => {
      const { loop } = await (oneByOne ??= startFloor(1));
      await timed(runs.floorOneByOne, oneByOneMode, () => loop.run(eventsPerRun, timeoutMs));
    },
    { ...benchOptions, setup: (_task, mode) => void (oneByOneMode = mode) },
  );

  let batched: Floor | undefined;
  let batchedMode: Mode;
  bench(
    `bare loop: publish with confirms, consume, insert up to ${workerBatch} rows per statement (a floor)`,
    async () => {
      // Each floor is gone before the next bench starts, in that bench's warm-up run.
      const { loop } = await (batched ??= stopFloor(oneByOne).then(() => startFloor(workerBatch)));
      await timed(runs.floorBatched, batchedMode, () => loop.run(eventsPerRun, timeoutMs));
    },
    { ...benchOptions, setup: (_task, mode) => void (batchedMode = mode) },
  );

  let pipelineRunning: Promise<{ pipeline: EventPipeline; worker: ServiceProcess }> | undefined;
  let pipelineMode: Mode;
  bench(
    "drain an outbox backlog: relay, consume, ingest into user_activity",
    async () => {
      const { pipeline, worker } = await (pipelineRunning ??= stopFloor(batched).then(startPipeline));
      // A backlog in the outbox, recorded through the domain's recordEvent, then drained: timed from the
      // relay's start to the last row in user_activity, so the cost of recording is left out.
      const eventIds = await pipeline.recordEvents(eventsPerRun, { batchSize: 500 });
      await timed(runs.pipeline, pipelineMode, async () => {
        pipeline.startRelay();
        await pipeline.waitForActivities(eventIds, timeoutMs);
      });
      await pipeline.stopRelay();
      if (runs.pipeline.length === benchOptions.iterations) {
        await worker.kill("SIGTERM");
        await pipeline.stop();
        printSummary();
      }
    },
    { ...benchOptions, setup: (_task, mode) => void (pipelineMode = mode) },
  );
});
