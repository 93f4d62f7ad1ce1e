import { delayQueueName, type ConsumerQueue } from "./broker-topology";

/** One entry of the broker's `x-death` header (AMQP table), as far as retries need it. */
interface DeathRecord {
  queue?: unknown;
  reason?: unknown;
  count?: unknown;
}

/**
 * Which delivery of the message this is (1 = first), counted by the broker itself: every trip
 * through one of the queue's delay queues adds to `x-death` (reason "expired"). Requeues after a
 * crash are not counted, so a poison message cannot be parked by restarts alone.
 */
export function deliveryAttempt(headers: Record<string, unknown> | undefined, queue: string): number {
  const deaths = headers?.["x-death"];
  if (!Array.isArray(deaths)) return 1;
  const delayPrefix = `${queue}.delay.`;
  const retries = (deaths as DeathRecord[])
    .filter(
      (death) =>
        death.reason === "expired" && typeof death.queue === "string" && death.queue.startsWith(delayPrefix),
    )
    .reduce((sum, death) => sum + (typeof death.count === "number" ? death.count : 1), 0);
  return retries + 1;
}

export type FailureStep = { action: "retry"; delayQueue: string; delayMs: number } | { action: "park" };

/** After delivery `attempt` failed: wait in the next delay queue, or park once the attempts are spent. */
export function stepAfterFailure(consumer: ConsumerQueue, attempt: number): FailureStep {
  const delays = consumer.retryDelaysMs;
  if (attempt >= consumer.maxAttempts || delays.length === 0) return { action: "park" };
  const delayMs = delays[Math.min(attempt, delays.length) - 1]!;
  return { action: "retry", delayQueue: delayQueueName(consumer.name, delayMs), delayMs };
}
