// Plumbing shared by every Momentum process: configuration, the clock, logs and metrics, probes, shutdown, Redis,
// RabbitMQ, the outbox relay and the worker shell. No product words: the domain uses it, never the reverse.

export * from "./config/parse-env";
export * from "./config/env-fields";

export * from "./time/clock";

export * from "./observability/logger";
export * from "./observability/metrics-registry";

export * from "./health/readiness";
export * from "./health/probe-routes";
export * from "./health/health-server";

export * from "./lifecycle/graceful-shutdown";
export * from "./lifecycle/close-http-server";
export * from "./lifecycle/shutdown-env";
export * from "./lifecycle/recurring-job";

export * from "./database/monthly-partitions";

export * from "./redis/redis-connection";

export * from "./messaging/broker-topology";
export * from "./messaging/rabbit-connection";
export * from "./messaging/declare-topology";
export * from "./messaging/retry-policy";
export * from "./messaging/consumer-metrics";
export * from "./messaging/start-consumer";
export * from "./messaging/start-consumer-when-reachable";
export * from "./messaging/run-once";
export * from "./messaging/prune-processed-messages";
export * from "./messaging/processed-messages-housekeeping";
export * from "./messaging/parked-messages";

export * from "./outbox/outbox-relay";
export * from "./outbox/outbox-listener";

export * from "./worker/start-worker";
