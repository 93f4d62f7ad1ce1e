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

/** A clock that stands still until the test moves it. */
function clockAt(start: number) {
  let now = start;
  return { now: () => new Date(now), set: (instant: number) => (now = instant) };
}

const rule = { name: "test", limit: 3, windowSeconds: 60 };

describe("the sliding-window limiter", () => {
  it("lets `limit` calls through in a window, then says how long to wait", async () => {
    const clock = clockAt(1_000_000);
    const limiter = new SlidingWindowLimiter(redis, { clock });
    const subject = randomUUID();
    const decisions = [];
    for (let call = 0; call < 4; call++) decisions.push(await limiter.consume(rule, subject));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterSeconds).toBe(60);
    clock.set(1_000_000 + 60_001);
    expect((await limiter.consume(rule, subject)).allowed).toBe(true);
  });

  it("counts nothing it refuses: calls refused at t+30 s do not hold the window once the first calls leave it", async () => {
    const t = 2_000_000;
    const clock = clockAt(t);
    const limiter = new SlidingWindowLimiter(redis, { clock });
    const subject = randomUUID();
    const allowedAt = async (now: number) => {
      clock.set(now);
      return (await limiter.consume(rule, subject)).allowed;
    };
    for (let call = 0; call < 3; call++) expect(await allowedAt(t)).toBe(true);

    clock.set(t + 30_000);
    expect(await limiter.consume(rule, subject)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    for (let call = 0; call < 3; call++) expect(await allowedAt(t + 30_000)).toBe(false);
    expect(await allowedAt(t + 59_999)).toBe(false);

    // Counted, the refusals at t+30 s would fill this window still.
    for (let call = 0; call < 3; call++) expect(await allowedAt(t + 60_001)).toBe(true);
    expect(await allowedAt(t + 60_001)).toBe(false);
  });

  it("lets exactly `limit` of `limit + k` parallel calls through", async () => {
    const limiter = new SlidingWindowLimiter(redis, { clock: clockAt(3_000_000) });
    const subject = randomUUID();
    const decisions = await Promise.all(
      Array.from({ length: rule.limit + 7 }, () => limiter.consume(rule, subject)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(rule.limit);
  });

  it("counts a call of cost > 1 as that many, refuses one that does not fit whole, and counts none of it", async () => {
    const limiter = new SlidingWindowLimiter(redis, { clock: clockAt(4_000_000) });
    const subject = randomUUID();
    expect((await limiter.consume(rule, subject, 2)).allowed).toBe(true);
    expect((await limiter.consume(rule, subject, 2)).allowed).toBe(false);
    expect((await limiter.consume(rule, subject, 1)).allowed).toBe(true);
    expect((await limiter.consume(rule, subject, 1)).allowed).toBe(false);
    expect((await limiter.consume(rule, randomUUID(), rule.limit + 1)).allowed).toBe(false);
  });

  it("counts a call against all of its limits or none, and a given-back call only where it is kept", async () => {
    const limiter = new SlidingWindowLimiter(redis, { clock: clockAt(5_000_000) });
    const [wide, narrow] = [
      { ...rule, name: "wide", limit: 5 },
      { ...rule, name: "narrow", limit: 1 },
    ];
    const subject = randomUUID();
    const both = [
      { rule: wide, subject },
      { rule: narrow, subject },
    ];
    const first = await limiter.take(both);
    expect(first.allowed).toBe(true);
    expect((await limiter.take(both)).allowed).toBe(false);
    for (let call = 0; call < 4; call++)
      expect((await limiter.take([{ rule: wide, subject }])).allowed).toBe(true);
    expect((await limiter.take([{ rule: wide, subject }])).allowed).toBe(false);

    // Given back except against `wide`: `narrow` has room again, `wide` still holds five of five.
    if (first.allowed) await limiter.giveBack(first.taken, { keep: [{ rule: wide, subject }] });
    expect((await limiter.take([{ rule: wide, subject }])).allowed).toBe(false);
    expect((await limiter.take([{ rule: narrow, subject }])).allowed).toBe(true);
  });

  it("skips a limit while its mark lasts", async () => {
    const clock = clockAt(6_000_000);
    const limiter = new SlidingWindowLimiter(redis, { clock });
    const subject = randomUUID();
    const mark = `known:${subject}`;
    const marked = { rule: { ...rule, limit: 1 }, subject, unlessMarked: mark };
    const first = await limiter.take([marked]);
    expect((await limiter.take([marked])).allowed).toBe(false);
    if (first.allowed) await limiter.giveBack(first.taken, { mark: { name: mark, seconds: 60 } });
    for (let call = 0; call < 3; call++) expect((await limiter.take([marked])).allowed).toBe(true);
  });

  it("keeps the limits in the process while Redis cannot be reached", async () => {
    const limiter = new SlidingWindowLimiter(cacheDown, { clock: clockAt(7_000_000) });
    const subject = randomUUID();
    for (let call = 0; call < 3; call++)
      await expect(limiter.enforce(rule, subject)).resolves.toBeUndefined();
    await expect(limiter.enforce(rule, subject)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      details: { retryAfterSeconds: 60 },
    });
  });
});
