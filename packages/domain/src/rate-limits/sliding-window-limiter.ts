import { randomBytes } from "node:crypto";
import { type Redis } from "ioredis";
import {
  type Clock,
  InProcessWindows,
  type Logger,
  systemClock,
  type TakenEntries,
  type WindowCharge,
  type WindowDecision,
} from "@momentum/platform";
import { rateLimited } from "../errors/domain-error";
import { type RateLimitRule } from "./rate-limit-rules";

// Sliding logs: one sorted-set member per counted call, scored by its time. Every window of a call is
// trimmed and counted first and added to only if all have room, in one script: concurrent calls cannot
// overshoot a limit, and a refused call counts nowhere. KEYS holds a window and its mark per charge;
// ARGV: now, nonce, then window, limit, cost and "has a mark" per charge.
const TAKE = `
local now, nonce = tonumber(ARGV[1]), ARGV[2]
local retry = 0
local applying = {}
for i = 1, #KEYS / 2 do
  local key, mark = KEYS[2 * i - 1], KEYS[2 * i]
  local base = 2 + 4 * (i - 1)
  local window, limit, cost, marked = tonumber(ARGV[base + 1]), tonumber(ARGV[base + 2]), tonumber(ARGV[base + 3]), ARGV[base + 4]
  if not (marked == '1' and redis.call('EXISTS', mark) == 1) then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
    local count = redis.call('ZCARD', key)
    if count + cost > limit then
      local wait = window
      local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
      if oldest[2] then wait = tonumber(oldest[2]) + window - now end
      if wait > retry then retry = wait end
    end
    applying[#applying + 1] = {key, window, cost, i}
  end
end
if retry > 0 then return {0, retry} end
local taken = {1, 0}
for _, charge in ipairs(applying) do
  local key, window, cost, i = charge[1], charge[2], charge[3], charge[4]
  for c = 1, cost do redis.call('ZADD', key, now, nonce .. ':' .. i .. ':' .. c) end
  redis.call('PEXPIRE', key, window)
  taken[#taken + 1] = i
end
return taken
`;

/** One limit a call counts against: `cost` calls of `rule` for `subject`. */
export interface LimitCharge {
  rule: RateLimitRule;
  subject: string;
  cost?: number;
  /** The limit does not apply while this mark is set (see `giveBack`). */
  unlessMarked?: string;
}

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** A counted call, to be given back if it turns out not to count (a sign-in that succeeded). */
export interface TakenCall {
  store: "redis" | "process";
  entries: TakenEntries[];
}

type RedisWithTake = Redis & { takeWindows(...keysAndArgs: (string | number)[]): Promise<number[]> };

/** How often an unavailable Redis is reported while limits run in-process. */
const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

const windowKey = (rule: RateLimitRule, subject: string) => `ratelimit:${rule.name}:${subject}`;
const markKey = (mark: string) => `ratelimit-mark:${mark}`;

const toCharge = ({ rule, subject, cost = 1, unlessMarked }: LimitCharge): WindowCharge => ({
  key: windowKey(rule, subject),
  windowMs: rule.windowSeconds * 1000,
  limit: rule.limit,
  cost,
  unlessMarked: unlessMarked === undefined ? undefined : markKey(unlessMarked),
});

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Sliding-window limits in Redis, on the injected clock. If Redis cannot answer, the same limits are kept
 * in this process instead (logged): an outage of the cache must neither take the API down nor lift the
 * limits, though with several instances each then counts on its own.
 */
export class SlidingWindowLimiter {
  private readonly redis: RedisWithTake;
  private readonly clock: Clock;
  private readonly logger: Logger | undefined;
  private readonly fallback = new InProcessWindows();
  private lastUnavailableLog = Number.NEGATIVE_INFINITY;

  constructor(redis: Redis, options: { clock?: Clock; logger?: Logger } = {}) {
    if (!("takeWindows" in redis)) redis.defineCommand("takeWindows", { lua: TAKE });
    this.redis = redis as RedisWithTake;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger;
  }

  /** Counts `cost` calls if they fit in the window; otherwise counts nothing and says when to retry. */
  async consume(rule: RateLimitRule, subject: string, cost = 1): Promise<RateLimitDecision> {
    const decision = await this.take([{ rule, subject, cost }]);
    return {
      allowed: decision.allowed,
      retryAfterSeconds: decision.allowed ? 0 : decision.retryAfterSeconds,
    };
  }

  /** Counts a call, or throws RATE_LIMITED with the seconds to wait. */
  async enforce(rule: RateLimitRule, subject: string, cost = 1): Promise<void> {
    await this.takeOrRefuse([{ rule, subject, cost }]);
  }

  /** Counts the call against every charge, or against none and throws RATE_LIMITED. */
  async takeOrRefuse(charges: readonly LimitCharge[]): Promise<TakenCall> {
    const decision = await this.take(charges);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
    return decision.taken;
  }

  /** Counts the call against every charge that applies if all have room; otherwise against none. */
  async take(
    charges: readonly LimitCharge[],
  ): Promise<{ allowed: true; taken: TakenCall } | { allowed: false; retryAfterSeconds: number }> {
    const now = this.clock.now().getTime();
    const windows = charges.map(toCharge);
    let decision: WindowDecision;
    let store: TakenCall["store"] = "redis";
    try {
      decision = await this.takeInRedis(windows, now);
    } catch (error) {
      this.reportUnavailable(error, now);
      decision = this.fallback.take(windows, now);
      store = "process";
    }
    return decision.allowed
      ? { allowed: true, taken: { store, entries: decision.taken } }
      : { allowed: false, retryAfterSeconds: secondsOf(decision.retryAfterMs) };
  }

  /**
   * Uncounts a taken call, except against the charges in `keep`; sets `mark` for its seconds if given,
   * in the same round trip.
   */
  async giveBack(
    call: TakenCall,
    { mark, keep = [] }: { mark?: { name: string; seconds: number }; keep?: readonly LimitCharge[] } = {},
  ): Promise<void> {
    const now = this.clock.now().getTime();
    const kept = new Set(keep.map(({ rule, subject }) => windowKey(rule, subject)));
    const taken = { ...call, entries: call.entries.filter((entry) => !kept.has(entry.key)) };
    const markEntry = mark && { key: markKey(mark.name), ttlMs: mark.seconds * 1000 };
    if (taken.store === "process") return this.fallback.giveBack(taken.entries, now, markEntry);
    try {
      const batch = this.redis.multi();
      for (const { key, members } of taken.entries) if (members.length > 0) batch.zrem(key, ...members);
      if (markEntry) batch.set(markEntry.key, "1", "PX", markEntry.ttlMs);
      await batch.exec();
    } catch (error) {
      this.reportUnavailable(error, now);
      this.fallback.giveBack([], now, markEntry);
    }
  }

  private async takeInRedis(windows: WindowCharge[], now: number): Promise<WindowDecision> {
    const nonce = `${now}:${randomBytes(6).toString("hex")}`;
    const keys = windows.flatMap((window) => [window.key, window.unlessMarked ?? window.key]);
    const args = windows.flatMap((window) => [
      window.windowMs,
      window.limit,
      window.cost,
      window.unlessMarked === undefined ? "0" : "1",
    ]);
    // defineCommand without numberOfKeys takes the key count first.
    const [allowed, retryMs, ...applied] = await this.redis.takeWindows(
      keys.length,
      ...keys,
      now,
      nonce,
      ...args,
    );
    if (allowed !== 1) return { allowed: false, retryAfterMs: retryMs ?? 1000 };
    return {
      allowed: true,
      taken: applied.map((index) => {
        const window = windows[index - 1]!;
        return {
          key: window.key,
          members: Array.from({ length: window.cost }, (_, c) => `${nonce}:${index}:${c + 1}`),
        };
      }),
    };
  }

  private reportUnavailable(error: unknown, now: number): void {
    if (now - this.lastUnavailableLog < UNAVAILABLE_LOG_INTERVAL_MS) return;
    this.lastUnavailableLog = now;
    this.logger?.warn({ err: error }, "Redis unavailable; rate limits are kept in this process meanwhile");
  }
}
