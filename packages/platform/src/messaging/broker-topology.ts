/** A queue one consumer owns, with the delay queues it retries through and the queue it parks in. */
export interface ConsumerQueue {
  name: string;
  exchange: string;
  /** Routing-key patterns bound from `exchange`. */
  bindings: string[];
  /** Delay before the 1st, 2nd, ... retry; the last one repeats. Each delay is its own queue. */
  retryDelaysMs: number[];
  /** Deliveries (the first one included) before a message is parked in `deadQueue`. */
  maxAttempts: number;
  deadQueue: string;
}

export interface RetryPolicy {
  retryDelaysMs: number[];
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { retryDelaysMs: [1_000, 5_000, 30_000], maxAttempts: 6 };

export const delayQueueName = (queue: string, delayMs: number) => `${queue}.delay.${delayMs}ms`;

/** A broker layout: topic exchanges, the consumers' queues, and where unroutable messages are kept. */
export interface BrokerTopology<C extends string = string> {
  namespace: string;
  /** Topic exchanges; what none of their bindings routes goes to `unroutableQueue`. */
  exchanges: string[];
  /** Alternate exchange and queue catching whatever no binding routed, so nothing vanishes silently. */
  unroutableExchange: string;
  unroutableQueue: string;
  consumers: Record<C, ConsumerQueue>;
}

export interface TopologySpec<C extends string> {
  /** Prefix of every exchange and queue name, so a test run can own a private set. */
  namespace: string;
  /** Exchange names without the namespace. */
  exchanges: string[];
  /** Each consumer's queue: the exchange (without the namespace) and routing keys it takes. */
  consumers: Record<C, { queue: string; exchange: string; bindings: string[] }>;
  retryPolicy?: RetryPolicy;
}

/** Every exchange and queue name derived from one namespace. */
export function defineTopology<C extends string>(spec: TopologySpec<C>): BrokerTopology<C> {
  const named = (name: string) => `${spec.namespace}.${name}`;
  const retryPolicy = spec.retryPolicy ?? defaultRetryPolicy;
  const consumers = Object.fromEntries(
    (Object.entries(spec.consumers) as [C, TopologySpec<C>["consumers"][C]][]).map(([key, consumer]) => [
      key,
      {
        name: named(consumer.queue),
        exchange: named(consumer.exchange),
        bindings: consumer.bindings,
        ...retryPolicy,
        deadQueue: `${named(consumer.queue)}.dead`,
      },
    ]),
  ) as Record<C, ConsumerQueue>;
  return {
    namespace: spec.namespace,
    exchanges: spec.exchanges.map(named),
    unroutableExchange: named("unroutable"),
    unroutableQueue: named("unroutable"),
    consumers,
  };
}
