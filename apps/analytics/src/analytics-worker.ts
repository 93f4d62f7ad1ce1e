import { openAnalyticsOrm } from "@momentum/db";
import { type DomainEvent, domainEventSchema, messagingTopology } from "@momentum/domain";
import { type EntityManager } from "@mikro-orm/postgresql";
import {
  type Clock,
  createMicroBatcher,
  pruneProcessedMessagesJob,
  runOnce,
  runOnceBatch,
  startWorker,
  type Logger,
  type RetryPolicy,
  type RunningWorker,
} from "@momentum/platform";
import { activityPartitionsJob } from "./activity-partitions.job";
import { type AnalyticsConfig } from "./config";
import { ingestDomainEvent, ingestDomainEvents } from "./ingest-domain-event.handler";

interface Delivery {
  messageId: string;
  event: DomainEvent;
}

/**
 * Ingests deliveries in one transaction, each at most once. Should the batch fail, each delivery is
 * tried on its own, so a bad event fails (and is retried, then parked) alone.
 */
async function ingestOnce(
  em: EntityManager,
  deliveries: Delivery[],
): Promise<PromiseSettledResult<boolean>[]> {
  try {
    const ran = await runOnceBatch(em, analyticsConsumerName, deliveries, (tx, fresh) =>
      ingestDomainEvents(
        tx,
        fresh.map((delivery) => delivery.event),
      ),
    );
    return ran.map((value) => ({ status: "fulfilled", value }));
  } catch (error) {
    if (deliveries.length === 1) return [{ status: "rejected", reason: error }];
    const settled: PromiseSettledResult<boolean>[] = [];
    for (const { messageId, event } of deliveries)
      settled.push(
        await runOnce(em, analyticsConsumerName, messageId, (tx) => ingestDomainEvent(tx, event)).then(
          (value) => ({ status: "fulfilled", value }),
          (reason: unknown) => ({ status: "rejected", reason }),
        ),
      );
    return settled;
  }
}

/** The name under which this worker records processed messages. */
export const analyticsConsumerName = "analytics";

export type AnalyticsWorker = RunningWorker;

/**
 * The analytics worker: declares the broker topology (waiting for the broker if need be), ingests every
 * domain event into the analytics database once (de-duplicated by message id in the same transaction;
 * events that arrive while a batch is being written form the next batch, one transaction each),
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
  const batches = createMicroBatcher<Delivery, boolean>({
    maxSize: config.batchSize,
    process: (deliveries) => ingestOnce(orm.em, deliveries),
  });
  return startWorker({
    name: analyticsConsumerName,
    logger,
    healthPort: config.port,
    amqp: config.amqp,
    topology,
    queue: topology.consumers.analyticsEvents,
    schema: domainEventSchema,
    handle: async (event, context) => {
      const ran = await batches.add({ messageId: context.messageId, event });
      if (!ran) context.skippedAsDuplicate();
      // Every event at debug (thousands a second under load; the consumer's metrics count them), a
      // duplicate at info: it says a redelivery happened.
      if (ran) context.logger.debug({ eventType: event.type }, "event ingested");
      else context.logger.info({ eventType: event.type }, "duplicate event skipped");
    },
    checks: { analyticsDatabase: () => orm.isConnected() },
    recurring: [
      activityPartitionsJob(orm.em, config, options.clock),
      pruneProcessedMessagesJob(orm.em, config.housekeeping, options.clock),
    ],
    close: () => orm.close(),
  });
}
