import { defineTopology, type BrokerTopology, type RetryPolicy } from "@momentum/platform";
import { notificationTypes } from "./notification-messages";

/** Momentum's broker layout: domain events and notification messages, and who consumes them. */
export interface MessagingTopology extends BrokerTopology<"analyticsEvents" | "notifierReminders"> {
  /** Topic exchange of domain events; routing key = event type. */
  eventsExchange: string;
  /** Topic exchange of the design document's notification messages; routing key = message type. */
  notificationsExchange: string;
}

/** Every exchange and queue name, derived from one namespace so a test run can own a private set. */
export function messagingTopology(namespace: string, retryPolicy?: RetryPolicy): MessagingTopology {
  const topology = defineTopology({
    namespace,
    exchanges: ["events", "notifications"],
    consumers: {
      analyticsEvents: { queue: "analytics.events", exchange: "events", bindings: ["#"] },
      notifierReminders: {
        queue: "notifier.reminders",
        exchange: "notifications",
        bindings: [...notificationTypes],
      },
    },
    retryPolicy,
  });
  return {
    ...topology,
    eventsExchange: `${namespace}.events`,
    notificationsExchange: `${namespace}.notifications`,
  };
}
