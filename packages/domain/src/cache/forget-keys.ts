import { setTimeout as sleep } from "node:timers/promises";
import { type Redis } from "ioredis";
import { type Logger } from "@momentum/platform";

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 30_000;
/** Cached copies live 24 hours at most (sessions): past that there is nothing left to drop. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/** A change to cached copies: dropping them, or marking them stale. */
export type CacheChange = (redis: Redis, keys: string[]) => Promise<unknown>;

/**
 * Changes cached copies after the change they describe has committed. The change stands whatever Redis
 * does, so a failure is not the caller's: it is retried in the background (while Redis is away, reads
 * fall back to PostgreSQL) until it succeeds or the copies have expired anyway.
 */
export async function changeCachedKeys(
  redis: Redis,
  keys: string[],
  change: CacheChange,
  logger?: Logger,
): Promise<void> {
  if (keys.length === 0) return;
  try {
    await change(redis, keys);
  } catch (error) {
    logger?.warn({ err: error, keys }, "could not change cached copies; retrying in the background");
    void retryChange(redis, keys, change, logger);
  }
}

/** Drops cached copies after the change they describe has committed (see `changeCachedKeys`). */
export function forgetCachedKeys(redis: Redis, keys: string[], logger?: Logger): Promise<void> {
  return changeCachedKeys(redis, keys, (client, toDrop) => client.del(...toDrop), logger);
}

async function retryChange(
  redis: Redis,
  keys: string[],
  change: CacheChange,
  logger?: Logger,
): Promise<void> {
  const started = Date.now();
  for (
    let delay = FIRST_RETRY_MS;
    Date.now() - started < GIVE_UP_AFTER_MS;
    delay = Math.min(delay * 2, MAX_RETRY_MS)
  ) {
    await sleep(delay, undefined, { ref: false });
    try {
      await change(redis, keys);
      logger?.info({ keys }, "changed cached copies after retrying");
      return;
    } catch {
      // still away: try again later
    }
  }
}
