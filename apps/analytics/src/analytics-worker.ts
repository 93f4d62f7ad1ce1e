import { openAnalyticsOrm } from "@momentum/db";
import { domainEventSchema, messagingTopology } from "@momentum/domain";
import {
  type Clock,
  pruneProcessedMessagesJob,
  runOnce,
  startWorker,
  type Logger,
  type RetryPolicy,
  type RunningWorker,
} from "@momentum/platform";
import { activityPartitionsJob } from "./activity-partitions.job";
import { type AnalyticsConfig } from "./config";
import { ingestDomainEvent } from "./ingest-domain-event.handler";

/** The name under which this worker records processed messages. */
export const analyticsConsumerName = "analytics";

export type AnalyticsWorker = RunningWorker;

/**
 * The analytics worker: declares the broker topology (waiting for the broker if need be), ingests every
 * domain event into the analytics database once (de-duplicated by message id in the same transaction),
 * keeps user_activity's partitions and prunes old processed messages, and serves /healthz, /readyz and
 * /metrics.
 */
export async function startAnalyticsWorker(
  config: AnalyticsConfig,
  logger: Logger,
  options: { retryPolicy?: RetryPolicy; clock?: Clock } = {},
): Promise<AnalyticsWorker> {
  const orm = await openAnalyticsOrm(config.analyticsDatabaseUrl, config.databaseLimits);
  const topology = messagingTopology(config.amqp.namespace, options.retryPolicy);
  return startWorker({
    name: analyticsConsumerName,
    logger,
    healthPort: config.port,
    amqp: config.amqp,
    topology,
    queue: topology.consumers.analyticsEvents,
    schema: domainEventSchema,
    handle: async (event, context) => {
      const ran = await runOnce(orm.em, analyticsConsumerName, context.messageId, (tx) =>
        ingestDomainEvent(tx, event),
      );
      if (!ran) context.skippedAsDuplicate();
      context.logger.info(
        { eventType: event.type, duplicate: !ran },
        ran ? "event ingested" : "duplicate event skipped",
      );
    },
    checks: { analyticsDatabase: () => orm.isConnected() },
    recurring: [
      activityPartitionsJob(orm.em, config, options.clock),
      pruneProcessedMessagesJob(orm.em, config.housekeeping, options.clock),
    ],
    close: () => orm.close(),
  });
}
