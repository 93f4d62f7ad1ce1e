import { randomBytes } from "node:crypto";
import { connectRedis, type Redis } from "@momentum/platform";

/** A Redis connection under a key prefix of its own; `remove` deletes every key stored under it and disconnects. */
export function privateRedis(label: string): { redis: Redis; remove(): Promise<void> } {
  const prefix = `test:${label}-${randomBytes(4).toString("hex")}:`;
  const redis = connectRedis({ url: process.env.REDIS_URL ?? "redis://127.0.0.1:6379", keyPrefix: prefix });
  return {
    redis,
    async remove() {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
      redis.disconnect();
    },
  };
}
