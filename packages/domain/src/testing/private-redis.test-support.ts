import { randomBytes } from "node:crypto";
import { connectRedis, type Redis, redisReady } from "@momentum/platform";

/**
 * A Redis connection under a key prefix of its own, once it is connected (the connection has no offline
 * queue: a command sent while it still connects would fail, and a test would quietly take the path for
 * "Redis away"); `remove` deletes every key stored under it and disconnects.
 */
export async function privateRedis(label: string): Promise<{ redis: Redis; remove(): Promise<void> }> {
  const prefix = `test:${label}-${randomBytes(4).toString("hex")}:`;
  const redis = connectRedis({ url: process.env.REDIS_URL ?? "redis://127.0.0.1:6379", keyPrefix: prefix });
  if (!(await redisReady(redis)))
    throw new Error(`Redis at ${process.env.REDIS_URL ?? "127.0.0.1:6379"} is not reachable`);
  return {
    redis,
    async remove() {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
      redis.disconnect();
    },
  };
}
