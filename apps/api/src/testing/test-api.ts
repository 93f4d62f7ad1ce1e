import { randomBytes } from "node:crypto";
import { AchievementSeeder } from "@momentum/db";
import { createTestDatabases } from "@momentum/db/testing";
import { messagingTopology } from "@momentum/domain";
import { connectRedis, createLogger, deleteTopology, redisReady } from "@momentum/platform";
import { Connection } from "rabbitmq-client";
import { startApi, type RunningApi } from "../api-app";
import { loadApiConfig } from "../config";
import { TestClock } from "./test-clock";

export interface TestApi extends RunningApi {
  namespace: string;
  /** The API's clock: set it, and every request's "now" follows. */
  clock: TestClock;
  /** The achievements catalogue, as `npm start` seeds it (test databases start empty). */
  seedAchievementCatalogue(): Promise<void>;
  /** Calls /graphql the way the mobile app does. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    accessToken?: string,
  ): Promise<GraphqlResponse<T>>;
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
}

/** Calls /graphql of the API at `baseUrl` the way the mobile app does. */
export async function callGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  accessToken?: string,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, "status">;
  return { status: response.status, ...body };
}

export interface TestApiOptions {
  /** Environment variables over the test defaults. */
  env?: Record<string, string>;
  /** The instant the API's clock starts at (it runs on from there); the real time if not given. */
  now?: Date | string;
  /**
   * Databases of the API's own, named after this label and dropped by `stop`, for tests that count or
   * act on every row (all reminders, every admin) and must not see what other test files write meanwhile.
   */
  ownDatabases?: string;
}

/**
 * A real API on a free port, against this run's databases (DATABASE_URL from the global setup) unless
 * it asks for its own, a private Redis key prefix and private RabbitMQ names, all removed again by `stop`, with a clock the
 * test controls.
 */
export async function startTestApi({ env = {}, now, ownDatabases }: TestApiOptions = {}): Promise<TestApi> {
  const databases = ownDatabases === undefined ? undefined : await createTestDatabases(ownDatabases);
  try {
    return await startTestApiOn(
      databases
        ? { ...env, DATABASE_URL: databases.mainUrl, ANALYTICS_DATABASE_URL: databases.analyticsUrl }
        : env,
      now,
      async () => databases?.drop(),
    );
  } catch (error) {
    await databases?.drop();
    throw error;
  }
}

async function startTestApiOn(
  env: Record<string, string>,
  now: Date | string | undefined,
  dropDatabases: () => Promise<void>,
): Promise<TestApi> {
  const id = randomBytes(4).toString("hex");
  const namespace = `test-api-${id}`;
  const config = loadApiConfig({
    ...process.env,
    NODE_ENV: "test",
    API_PORT: "0",
    METRICS_PORT: "0",
    REDIS_KEY_PREFIX: `test:${id}:`,
    AMQP_NAMESPACE: namespace,
    BCRYPT_COST: "4",
    OUTBOX_POLL_MS: "200",
    // Reminders are pushed only where a test asks for them, so no other test sees stray notifications.
    REMINDERS_ENABLED: "false",
    ...env,
  });
  const clock = new TestClock(now);
  const api = await startApi(
    config,
    createLogger({ name: "api-test", level: process.env.LOG_LEVEL ?? "silent" }),
    { clock },
  );

  return {
    ...api,
    namespace,
    clock,
    async seedAchievementCatalogue() {
      await new AchievementSeeder().run(api.deps.orm.em.fork());
    },
    graphql: (query, variables, accessToken) => callGraphql(api.url, query, variables, accessToken),
    async stop() {
      await api.stop();
      await removeKeys(config.redis.url, config.redis.keyPrefix);
      const rabbit = new Connection(config.amqp.url);
      await deleteTopology(rabbit, messagingTopology(namespace)).finally(() => rabbit.close());
      await dropDatabases();
    },
  };
}

/** Removes every key a test API stored under its prefix. */
export async function removeKeys(url: string, prefix: string): Promise<void> {
  const redis = connectRedis({ url, keyPrefix: "" });
  try {
    if (!(await redisReady(redis))) return; // a test without Redis stored nothing there
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
