import { Redis } from "ioredis";

/** A Redis nobody listens on: every command fails at once, as when the cache is down. */
export function unreachableRedis(): Redis {
  const redis = new Redis("redis://127.0.0.1:1", {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on("error", () => undefined); // refused connections are the point
  return redis;
}
