import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { openAnalyticsOrm } from "@momentum/db";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { messagingTopology } from "@momentum/domain";
import { connectRabbit, createLogger, deleteTopology } from "@momentum/platform";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startAnalyticsWorker } from "./analytics-worker";
import { loadAnalyticsConfig } from "./config";

// Its own databases: the clock is years ahead, and the retention would drop every month the other
// tests write to.
let databases: TestDatabases;
beforeAll(async () => {
  databases = await createTestDatabases("partitions_job");
});
afterAll(() => databases?.drop());

it("the analytics worker keeps the coming months' partitions and drops months past the retention", async () => {
  const config = loadAnalyticsConfig({
    ...process.env,
    ANALYTICS_PORT: "0",
    ANALYTICS_DATABASE_URL: databases.analyticsUrl,
    ANALYTICS_RETENTION_MONTHS: "12",
    AMQP_NAMESPACE: `test-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
  });
  const logger = createLogger({ name: "partitions-test", level: config.logLevel });
  const worker = await startAnalyticsWorker(config, logger, {
    clock: { now: () => new Date("2031-06-15T12:00:00Z") },
  });
  const orm = await openAnalyticsOrm(databases.analyticsUrl);
  try {
    const monthsHeld = async () =>
      (
        await orm.em.fork().execute<{ name: string }[]>(
          `select relname as name from pg_inherits join pg_class on pg_class.oid = inhrelid
           where inhparent = 'user_activity'::regclass and relname like 'user_activity_p%' order by 1`,
        )
      ).map((row) => row.name);
    const expected = ["2031_06", "2031_07", "2031_08", "2031_09"].map((month) => `user_activity_p${month}`);
    const deadline = Date.now() + 15_000;
    while ((await monthsHeld()).join() !== expected.join() && Date.now() < deadline)
      await new Promise((retry) => setTimeout(retry, 100));
    expect(await monthsHeld()).toEqual(expected);
  } finally {
    await orm.close();
    await worker.stop();
    const rabbit = connectRabbit(config.amqp.url, logger);
    await deleteTopology(rabbit, messagingTopology(config.amqp.namespace)).finally(() => rabbit.close());
  }
});
