import { notificationTypes } from "../events/notification-messages";

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

export interface MessagingTopology {
  namespace: string;
  /** Topic exchange of domain events; routing key = event type. */
  eventsExchange: string;
  /** Topic exchange of the design document's notification messages; routing key = message type. */
  notificationsExchange: string;
  /** Alternate exchange and queue catching whatever no binding routed, so nothing vanishes silently. */
  unroutableExchange: string;
  unroutableQueue: string;
  consumers: {
    analyticsEvents: ConsumerQueue;
    notifierReminders: ConsumerQueue;
  };
}

export interface RetryPolicy {
  retryDelaysMs: number[];
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { retryDelaysMs: [1_000, 5_000, 30_000], maxAttempts: 6 };

export const delayQueueName = (queue: string, delayMs: number) => `${queue}.delay.${delayMs}ms`;

/** Every exchange and queue name, derived from one namespace so a test run can own a private set. */
export function messagingTopology(
  namespace: string,
  retryPolicy: RetryPolicy = defaultRetryPolicy,
): MessagingTopology {
  const eventsExchange = `${namespace}.events`;
  const notificationsExchange = `${namespace}.notifications`;
  const consumerQueue = (name: string, exchange: string, bindings: string[]): ConsumerQueue => ({
    name,
    exchange,
    bindings,
    ...retryPolicy,
    deadQueue: `${name}.dead`,
  });
  return {
    namespace,
    eventsExchange,
    notificationsExchange,
    unroutableExchange: `${namespace}.unroutable`,
    unroutableQueue: `${namespace}.unroutable`,
    consumers: {
      analyticsEvents: consumerQueue(`${namespace}.analytics.events`, eventsExchange, ["#"]),
      notifierReminders: consumerQueue(
        `${namespace}.notifier.reminders`,
        notificationsExchange,
        notificationTypes,
      ),
    },
  };
}
