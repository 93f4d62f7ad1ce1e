import { setTimeout } from "node:timers/promises";
import { type z } from "zod";
import { declareTopology } from "./declare-topology";
import { type BrokerTopology } from "./broker-topology";
import { startConsumer, type RunningConsumer, type StartConsumerOptions } from "./start-consumer";

export interface StartConsumerWhenReachableOptions<S extends z.ZodType> extends StartConsumerOptions<S> {
  /** Declared before consuming, since the consumer only checks that its queue exists. */
  topology: BrokerTopology;
  /** Ceiling of the wait between attempts while the broker is away. */
  maxBackoffMs?: number;
}

/**
 * Declares the topology, then consumes. A worker started while the broker is unreachable waits for it
 * with backoff, reporting not ready, instead of exiting: `npm start` has no supervisor to restart it.
 * Once consuming, the connection's own reconnects take over.
 */
export function startConsumerWhenReachable<S extends z.ZodType>(
  options: StartConsumerWhenReachableOptions<S>,
): RunningConsumer {
  const { rabbit, topology, logger } = options;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  let consumer: RunningConsumer | undefined;
  let closed = false;
  // Ends the wait between attempts at once when the consumer is closed.
  const closing = new AbortController();
  const wait = (ms: number) => setTimeout(ms, undefined, { signal: closing.signal }).catch(() => undefined);

  const starting = (async () => {
    // A process usually starts a moment before its connection is up: give it that moment before warning.
    await rabbit.onConnect(2_000, true).catch(() => undefined);
    for (let failures = 0; !closed; failures += 1) {
      try {
        // While disconnected a declaration would only wait for the connection's acquire timeout.
        if (!rabbit.ready) throw new Error("the broker is not connected");
        await declareTopology(rabbit, topology);
        if (!closed) consumer = startConsumer(options);
        return;
      } catch (error) {
        if (failures === 0 || failures % 10 === 0)
          logger.warn(
            { err: error, failures: failures + 1 },
            "cannot declare the topology yet; waiting for the broker",
          );
        await wait(Math.min(250 * 2 ** failures, maxBackoffMs));
      }
    }
  })();

  return {
    get ready() {
      return consumer?.ready ?? false;
    },
    async close() {
      closed = true;
      closing.abort();
      await starting;
      await consumer?.close();
    },
  };
}
