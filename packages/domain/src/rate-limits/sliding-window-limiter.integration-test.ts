import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { unreachableRedis } from "../testing/unreachable-redis.test-support";
import { SlidingWindowLimiter } from "./sliding-window-limiter";

const prefix = `test:${randomUUID()}:`;
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { keyPrefix: prefix });
const cacheDown = unreachableRedis();
afterAll(async () => {
  // KEYS answers full names, which DEL would prefix again: strip the prefix first.
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
  redis.disconnect();
  cacheDown.disconnect();
});

const rule = { name: "test", limit: 3, windowSeconds: 60 };

describe("the sliding-window limiter", () => {
  it("lets `limit` calls through in a window, then says how long to wait", async () => {
    const limiter = new SlidingWindowLimiter(redis);
    const subject = randomUUID();
    const decisions = [];
    for (let call = 0; call < 4; call++)
      decisions.push(await limiter.consume(rule, subject, 1, 1_000_000 + call));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterSeconds).toBe(60);
    expect((await limiter.peek(rule, subject, 1_000_000 + 60_001)).allowed).toBe(true);
  });

  it("counts nothing it refuses: calls refused at t+30 s do not hold the window once the first calls leave it", async () => {
    const limiter = new SlidingWindowLimiter(redis);
    const subject = randomUUID();
    const t = 2_000_000;
    const allowedAt = async (now: number) => (await limiter.consume(rule, subject, 1, now)).allowed;
    for (let call = 0; call < 3; call++) expect(await allowedAt(t)).toBe(true);

    expect(await limiter.consume(rule, subject, 1, t + 30_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    for (let call = 0; call < 3; call++) expect(await allowedAt(t + 30_000)).toBe(false);
    expect(await allowedAt(t + 59_999)).toBe(false);

    // Counted, the refusals at t+30 s would fill this window still.
    for (let call = 0; call < 3; call++) expect(await allowedAt(t + 60_001)).toBe(true);
    expect(await allowedAt(t + 60_001)).toBe(false);
  });

  it("lets exactly `limit` of `limit + k` parallel calls through", async () => {
    const limiter = new SlidingWindowLimiter(redis);
    const subject = randomUUID();
    const decisions = await Promise.all(
      Array.from({ length: rule.limit + 7 }, () => limiter.consume(rule, subject, 1, 3_000_000)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(rule.limit);
  });

  it("counts a call of cost > 1 as that many, refuses one that does not fit whole, and counts none of it", async () => {
    const limiter = new SlidingWindowLimiter(redis);
    const subject = randomUUID();
    const t = 4_000_000;
    expect((await limiter.consume(rule, subject, 2, t)).allowed).toBe(true);
    expect((await limiter.consume(rule, subject, 2, t + 1)).allowed).toBe(false);
    expect((await limiter.consume(rule, subject, 1, t + 2)).allowed).toBe(true);
    expect((await limiter.consume(rule, subject, 1, t + 3)).allowed).toBe(false);
    expect((await limiter.consume(rule, randomUUID(), rule.limit + 1, t)).allowed).toBe(false);
  });

  it("lets calls through while Redis cannot be reached", async () => {
    const limiter = new SlidingWindowLimiter(cacheDown);
    await expect(limiter.consume(rule, randomUUID())).resolves.toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
    await expect(limiter.enforce(rule, randomUUID())).resolves.toBeUndefined();
  });
});
