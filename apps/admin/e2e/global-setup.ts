import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { openAnalyticsOrm, openMainOrm } from "@momentum/db";
import { createTestDatabases } from "@momentum/db/testing";
import { messagingTopology } from "@momentum/domain";
import {
  connectRabbit,
  connectRedis,
  redisReady,
  createLogger,
  deleteTopology,
  parseEnv,
  rabbitEnvSchema,
  redisEnvSchema,
} from "@momentum/platform";
import { seedAnalytics, seedPlatform } from "./seed-platform";

const adminRoot = resolve(__dirname, "..");
const apiMain = resolve(adminRoot, "../api/dist/main.js");
const nextBin = require.resolve("next/dist/bin/next");
const logDir = join(adminRoot, "test-results");

/**
 * Per run: fresh databases with a staff account and known data, the built API and the built dashboard on
 * free ports, with this run's own Redis prefix and RabbitMQ names. Returns the teardown that undoes it all.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const [built, hint] of [
    [apiMain, "apps/api is not built"],
    [join(adminRoot, ".next/BUILD_ID"), "apps/admin is not built"],
  ] as const) {
    if (!existsSync(built)) throw new Error(`${hint} (${built} missing): run \`npm run build\` first`);
  }

  const runId = randomBytes(4).toString("hex");
  const redisKeyPrefix = `e2e:${runId}:`;
  const amqpNamespace = `e2e-${runId}`;
  const databases = await createTestDatabases("e2e");
  const children: ChildProcess[] = [];

  const teardown = async () => {
    await Promise.all(children.map(stop));
    await databases.drop();
    await removeRedisKeys(redisKeyPrefix);
    await removeRabbitTopology(amqpNamespace);
  };

  try {
    const orm = await openMainOrm(databases.mainUrl);
    await seedPlatform(orm.em.fork()).finally(() => orm.close());
    const analyticsOrm = await openAnalyticsOrm(databases.analyticsUrl);
    await seedAnalytics(analyticsOrm.em.fork()).finally(() => analyticsOrm.close());

    const [apiPort, metricsPort, adminPort] = [await freePort(), await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const adminUrl = `http://127.0.0.1:${adminPort}`;
    mkdirSync(logDir, { recursive: true });

    children.push(
      start("api", [apiMain], {
        NODE_ENV: "test",
        LOG_LEVEL: "warn",
        DATABASE_URL: databases.mainUrl,
        ANALYTICS_DATABASE_URL: databases.analyticsUrl,
        API_PORT: String(apiPort),
        METRICS_PORT: String(metricsPort),
        REDIS_KEY_PREFIX: redisKeyPrefix,
        AMQP_NAMESPACE: amqpNamespace,
        ADMIN_ORIGIN: adminUrl,
        BCRYPT_COST: "4",
      }),
    );
    // The API's probes answer on its internal port, not the public one.
    await waitUntilHealthy(`http://127.0.0.1:${metricsPort}/healthz`, children[0]!);

    children.push(
      start("admin", [nextBin, "start", "-p", String(adminPort), "-H", "127.0.0.1"], {
        ADMIN_API_URL: apiUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      }),
    );
    await waitUntilHealthy(`${adminUrl}/login`, children[1]!);

    process.env.E2E_ADMIN_URL = adminUrl;
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const log = openSync(join(logDir, `e2e-${name}.log`), "w");
  // Started with node directly (no npx wrapper), so the pid we stop is the server itself.
  return spawn(process.execPath, args, {
    cwd: adminRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", log, log],
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the server exited with ${child.exitCode}, see ${logDir}`);
    const healthy = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs} ms, see ${logDir}`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function removeRedisKeys(prefix: string): Promise<void> {
  const redis = connectRedis({ url: parseEnv(redisEnvSchema, process.env).REDIS_URL, keyPrefix: "" });
  try {
    await redisReady(redis);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

async function removeRabbitTopology(namespace: string): Promise<void> {
  const { AMQP_URL } = parseEnv(rabbitEnvSchema, process.env);
  const rabbit = connectRabbit(AMQP_URL, createLogger({ name: "e2e", level: "silent" }), {
    connectionName: "momentum-e2e-teardown",
  });
  await deleteTopology(rabbit, messagingTopology(namespace)).finally(() => rabbit.close());
}
