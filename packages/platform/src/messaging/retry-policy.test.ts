import { describe, expect, it } from "vitest";
import { testTopology } from "./test-topology.test-support";
import { deliveryAttempt, stepAfterFailure } from "./retry-policy";

const consumer = {
  ...testTopology("t", { retryDelaysMs: [100, 1_000], maxAttempts: 4 }).consumers.worker,
};

describe("deliveryAttempt", () => {
  it("is 1 for a message that never went through a delay queue", () => {
    expect(deliveryAttempt(undefined, consumer.name)).toBe(1);
    expect(deliveryAttempt({}, consumer.name)).toBe(1);
  });

  it("adds the expiries of every delay queue of this consumer, and nothing else", () => {
    const headers = {
      "x-death": [
        { queue: `${consumer.name}.delay.1000ms`, reason: "expired", count: 2 },
        { queue: `${consumer.name}.delay.100ms`, reason: "expired", count: 1 },
        { queue: consumer.name, reason: "rejected", count: 5 },
        { queue: "t.notifier.reminders.delay.100ms", reason: "expired", count: 7 },
      ],
    };
    expect(deliveryAttempt(headers, consumer.name)).toBe(4);
  });
});

describe("stepAfterFailure", () => {
  it.each([
    [1, { action: "retry", delayQueue: `${consumer.name}.delay.100ms`, delayMs: 100 }],
    [2, { action: "retry", delayQueue: `${consumer.name}.delay.1000ms`, delayMs: 1_000 }],
    [3, { action: "retry", delayQueue: `${consumer.name}.delay.1000ms`, delayMs: 1_000 }],
    [4, { action: "park" }],
  ])("after failed attempt %i the message goes to %o", (attempt, step) => {
    expect(stepAfterFailure(consumer, attempt)).toEqual(step);
  });

  it("parks at once when no retry delays are configured", () => {
    expect(stepAfterFailure({ ...consumer, retryDelaysMs: [] }, 1)).toEqual({ action: "park" });
  });
});
