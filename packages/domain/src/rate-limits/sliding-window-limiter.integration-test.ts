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

  it("counts nothing it refuses, and calls leave the window as it slides", async () => {
    const limiter = new SlidingWindowLimiter(redis);
    const subject = randomUUID();
    for (let call = 0; call < 5; call++) await limiter.consume(rule, subject, 1, 2_000_000);
    const later = await limiter.consume(rule, subject, 1, 2_000_000 + 60_001);
    expect(later.allowed).toBe(true);
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
