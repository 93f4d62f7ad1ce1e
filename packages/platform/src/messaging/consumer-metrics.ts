import { Counter, Histogram, type Registry } from "prom-client";

export const messageOutcomes = ["handled", "retried", "parked", "malformed", "requeued"] as const;
export type MessageOutcome = (typeof messageOutcomes)[number];

export interface ConsumerMetrics {
  messages: Counter<"queue" | "outcome">;
  /** Handled messages whose handler found them processed before (redeliveries, republished events). */
  duplicates: Counter<"queue">;
  handlerSeconds: Histogram<"queue">;
}

const metricsByRegistry = new WeakMap<Registry, ConsumerMetrics>();

/** The consumer series of a registry, created once however many consumers share it. */
export function consumerMetrics(registry: Registry): ConsumerMetrics {
  const existing = metricsByRegistry.get(registry);
  if (existing) return existing;
  const metrics: ConsumerMetrics = {
    messages: new Counter({
      name: "momentum_messages_consumed_total",
      help: "Messages taken from a queue, by what became of them",
      labelNames: ["queue", "outcome"],
      registers: [registry],
    }),
    duplicates: new Counter({
      name: "momentum_messages_duplicate_total",
      help: "Handled messages that had been processed before and were skipped",
      labelNames: ["queue"],
      registers: [registry],
    }),
    handlerSeconds: new Histogram({
      name: "momentum_message_handler_seconds",
      help: "Time a message handler took, failures included",
      labelNames: ["queue"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
  metricsByRegistry.set(registry, metrics);
  return metrics;
}
