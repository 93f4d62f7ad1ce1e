import { openAnalyticsOrm } from "@momentum/db";
import {
  connectRabbit,
  createMetricsRegistry,
  domainEventSchema,
  messagingTopology,
  runOnce,
  startConsumerWhenReachable,
  startHealthServer,
  type Logger,
  type RetryPolicy,
} from "@momentum/domain";
import { type AnalyticsConfig } from "./config";
import { ingestDomainEvent } from "./ingest-domain-event.handler";

/** The name under which this worker records processed messages. */
export const analyticsConsumerName = "analytics";

export interface AnalyticsWorker {
  healthPort: number;
  /** Stops taking messages, finishes those in flight, then closes broker, HTTP and database. */
  stop(): Promise<void>;
}

/**
 * The analytics worker: declares the broker topology (waiting for the broker if need be), ingests every domain event into the analytics
 * database once (de-duplicated by message id in the same transaction), and serves /healthz, /readyz
 * and /metrics.
 */
export async function startAnalyticsWorker(
  config: AnalyticsConfig,
  logger: Logger,
  options: { retryPolicy?: RetryPolicy } = {},
): Promise<AnalyticsWorker> {
  const orm = await openAnalyticsOrm(config.analyticsDatabaseUrl);
  const rabbit = connectRabbit(config.amqp.url, logger, { connectionName: "analytics" });
  const topology = messagingTopology(config.amqp.namespace, options.retryPolicy);
  const registry = createMetricsRegistry("analytics");

  const consumer = startConsumerWhenReachable({
    rabbit,
    topology,
    queue: topology.consumers.analyticsEvents,
    consumerName: analyticsConsumerName,
    concurrency: config.amqp.concurrency,
    prefetch: config.amqp.prefetch,
    schema: domainEventSchema,
    logger,
    metrics: registry,
    handle: async (event, context) => {
      const ran = await runOnce(orm.em, analyticsConsumerName, context.messageId, (tx) =>
        ingestDomainEvent(tx, event),
      );
      context.logger.info(
        { eventType: event.type, duplicate: !ran },
        ran ? "event ingested" : "duplicate event skipped",
      );
    },
  });

  const health = await startHealthServer({
    port: config.port,
    logger,
    registry,
    checks: { broker: () => consumer.ready, analyticsDatabase: () => orm.isConnected() },
  });

  return {
    healthPort: health.port,
    async stop() {
      await consumer.close();
      await rabbit.close();
      await health.close();
      await orm.close();
    },
  };
}
