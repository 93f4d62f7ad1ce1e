import { Redis } from "ioredis";
import { z } from "zod";
import { urlField } from "../config/env-fields";
import { type Logger } from "../observability/logger";

export const redisEnvSchema = z.object({
  REDIS_URL: urlField(["redis", "rediss"], "redis://127.0.0.1:6379"),
  /** Prepended to every key: separates environments and test runs sharing one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]*$/, "letters, digits, _ : . - only")
    .default(""),
});

export type { Redis };

const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/**
 * The process's Redis. It is a cache and a limiter, never the truth: while it is away a command fails
 * at once (no offline queue), callers fall back to PostgreSQL, and the client keeps reconnecting.
 */
export function connectRedis(options: { url: string; keyPrefix: string }, logger?: Logger): Redis {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  let lastLogged = 0;
  redis.on("error", (error: Error) => {
    if (Date.now() - lastLogged < UNAVAILABLE_LOG_INTERVAL_MS) return;
    lastLogged = Date.now();
    logger?.warn({ err: error }, "redis unavailable; serving from PostgreSQL meanwhile");
  });
  redis.on("ready", () => logger?.info("redis connected"));
  return redis;
}

/** Waits until Redis is connected, or `timeoutMs` at most: a process starts without it if it must. */
export async function redisReady(redis: Redis, timeoutMs = 2_000): Promise<boolean> {
  if (redis.status === "ready") return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      resolve(false);
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once("ready", onReady);
  });
}
