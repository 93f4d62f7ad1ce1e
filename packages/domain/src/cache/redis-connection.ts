import { Redis } from "ioredis";
import { z } from "zod";
import { urlField } from "../config/env-fields";

export const redisEnvSchema = z.object({
  REDIS_URL: urlField(["redis", "rediss"], "redis://127.0.0.1:6379"),
  /** Prepended to every key: separates environments and test runs sharing one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]*$/, "letters, digits, _ : . - only")
    .default(""),
});

export type { Redis };

export function connectRedis(options: { url: string; keyPrefix: string }): Redis {
  return new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
  });
}
