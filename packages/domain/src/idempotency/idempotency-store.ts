import { type Redis } from "ioredis";
import { conflict, invalidInput, rateLimited } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/** How long a key remembers its first answer. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** What one user may keep: live keys at a time, and bytes per kept answer. */
export interface IdempotencyLimits {
  keysPerUser: number;
  maxAnswerBytes: number;
}

type Entry =
  | { state: "pending"; fingerprint: string }
  | { state: "done"; fingerprint: string; response: unknown }
  | { state: "too-large"; fingerprint: string };

export type IdempotencyClaim = { kind: "claimed" } | { kind: "replay"; response: unknown };

const keyOf = (userId: string, key: string) => `idempotency:${userId}:${key}`;
const indexOf = (userId: string) => `idempotency-keys:${userId}`;

// The user's live keys are a sorted set scored by expiry: a new key is claimed only while the user holds
// fewer than the cap, checked and added in one step so parallel claims cannot overshoot it.
const CLAIM = `
local entry, index = KEYS[1], KEYS[2]
local pending, ttlMs, now, cap, member = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5]
local existing = redis.call('GET', entry)
if existing then return {'existing', existing} end
redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
if redis.call('ZCARD', index) >= cap then
  local oldest = redis.call('ZRANGE', index, 0, 0, 'WITHSCORES')
  return {'full', tostring(tonumber(oldest[2]) - now)}
end
redis.call('SET', entry, pending, 'PX', ttlMs)
redis.call('ZADD', index, now + ttlMs, member)
redis.call('PEXPIRE', index, ttlMs)
return {'claimed', ''}
`;

type RedisWithClaim = Redis & {
  claimIdempotencyKey(...keysAndArgs: (string | number)[]): Promise<[string, string]>;
};

/**
 * `Idempotency-Key` for mutations: the first request with a key runs and its answer is kept; a retry
 * with the same key, user and request gets that answer and changes nothing. Reusing a key for a
 * different request, or while the first is still running, is a CONFLICT. Each user holds a capped number
 * of keys (RATE_LIMITED past it) and each kept answer is capped in size, so no user can fill Redis.
 */
export class IdempotencyStore {
  private readonly redis: RedisWithClaim;

  constructor(
    redis: Redis,
    private readonly limits: IdempotencyLimits,
  ) {
    if (!("claimIdempotencyKey" in redis))
      redis.defineCommand("claimIdempotencyKey", { numberOfKeys: 2, lua: CLAIM });
    this.redis = redis as RedisWithClaim;
  }

  async claim(userId: string, key: string, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    if (!isUuid(key)) throw invalidInput([{ field: "Idempotency-Key", message: "must be a UUID" }]);
    const pending: Entry = { state: "pending", fingerprint };
    const [outcome, detail] = await this.redis.claimIdempotencyKey(
      keyOf(userId, key),
      indexOf(userId),
      JSON.stringify(pending),
      IDEMPOTENCY_TTL_SECONDS * 1000,
      now.getTime(),
      this.limits.keysPerUser,
      key,
    );
    if (outcome === "claimed") return { kind: "claimed" };
    if (outcome === "full") throw rateLimited(Math.max(1, Math.ceil(Number(detail) / 1000)));

    const entry = JSON.parse(detail) as Entry;
    if (entry.fingerprint !== fingerprint) {
      throw conflict("This Idempotency-Key was used for a different request");
    }
    if (entry.state === "pending") throw conflict("A request with this Idempotency-Key is still in progress");
    if (entry.state === "too-large") {
      throw conflict("The request with this Idempotency-Key ran; its answer was too large to keep");
    }
    return { kind: "replay", response: entry.response };
  }

  async complete(userId: string, key: string, fingerprint: string, response: unknown): Promise<void> {
    const full: Entry = { state: "done", fingerprint, response };
    let stored = JSON.stringify(full);
    if (Buffer.byteLength(stored) > this.limits.maxAnswerBytes) {
      stored = JSON.stringify({ state: "too-large", fingerprint } satisfies Entry);
    }
    await this.redis.set(keyOf(userId, key), stored, "EX", IDEMPOTENCY_TTL_SECONDS);
  }

  /** Forgets a claim whose request failed unexpectedly, so the client's retry runs again. */
  async release(userId: string, key: string): Promise<void> {
    await this.redis.multi().del(keyOf(userId, key)).zrem(indexOf(userId), key).exec();
  }
}
