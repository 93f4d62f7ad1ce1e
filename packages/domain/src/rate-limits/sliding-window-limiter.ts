import { randomBytes } from "node:crypto";
import { type Redis } from "ioredis";
import { rateLimited } from "../errors/domain-error";
import { type Logger } from "@momentum/platform";
import { type RateLimitRule } from "./rate-limit-rules";

// A sliding log: one sorted-set member per counted call, scored by its time. Trimming, counting and
// adding happen in one script, so concurrent calls cannot overshoot the limit.
const CONSUME = `
local key, now, window, limit, need, add, nonce = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count + need > limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  local retry = window
  if oldest[2] then retry = tonumber(oldest[2]) + window - now end
  return {0, retry}
end
if add > 0 then
  for i = 1, add do redis.call('ZADD', key, now, nonce .. ':' .. i) end
  redis.call('PEXPIRE', key, window)
end
return {1, 0}
`;

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

type RedisWithSlidingWindow = Redis & {
  slidingWindow(
    key: string,
    now: number,
    windowMs: number,
    limit: number,
    need: number,
    add: number,
    nonce: string,
  ): Promise<[number, number]>;
};

/** How often an unavailable Redis is reported while calls pass unlimited. */
const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/**
 * Sliding-window limits in Redis. If Redis cannot answer, calls pass (logged): an outage of the cache
 * must not take the whole API down, and bcrypt still slows password guessing meanwhile.
 */
export class SlidingWindowLimiter {
  private readonly redis: RedisWithSlidingWindow;
  private lastUnavailableLog = 0;

  constructor(
    redis: Redis,
    private readonly logger?: Logger,
  ) {
    if (!("slidingWindow" in redis)) redis.defineCommand("slidingWindow", { numberOfKeys: 1, lua: CONSUME });
    this.redis = redis as RedisWithSlidingWindow;
  }

  /** Counts `cost` calls if they fit in the window; otherwise counts nothing and says when to retry. */
  consume(rule: RateLimitRule, subject: string, cost = 1, now = Date.now()): Promise<RateLimitDecision> {
    return this.run(rule, subject, cost, cost, now);
  }

  /** Whether one more call would fit, without counting it. */
  peek(rule: RateLimitRule, subject: string, now = Date.now()): Promise<RateLimitDecision> {
    return this.run(rule, subject, 1, 0, now);
  }

  private async run(rule: RateLimitRule, subject: string, need: number, add: number, now: number) {
    try {
      return await this.decide(rule, subject, need, add, now);
    } catch (error) {
      if (now - this.lastUnavailableLog >= UNAVAILABLE_LOG_INTERVAL_MS) {
        this.lastUnavailableLog = now;
        this.logger?.warn({ err: error, rule: rule.name }, "rate limits unavailable; letting calls through");
      }
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  private async decide(rule: RateLimitRule, subject: string, need: number, add: number, now: number) {
    const [allowed, retryMs] = await this.redis.slidingWindow(
      `ratelimit:${rule.name}:${subject}`,
      now,
      rule.windowSeconds * 1000,
      rule.limit,
      need,
      add,
      `${now}:${randomBytes(6).toString("hex")}`,
    );
    return { allowed: allowed === 1, retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)) };
  }

  /** Counts a call, or throws RATE_LIMITED with the seconds to wait. */
  async enforce(rule: RateLimitRule, subject: string, cost = 1): Promise<void> {
    const decision = await this.consume(rule, subject, cost);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  }
}
