import { openMainOrm } from "@momentum/db";
import {
  connectRabbit,
  createMetricsRegistry,
  messagingTopology,
  notificationMessageSchema,
  startConsumerWhenReachable,
  startHealthServer,
  type Logger,
  type RetryPolicy,
} from "@momentum/domain";
import { type NotifierConfig } from "./config";
import { deliverNotification } from "./notifications/deliver-notification.handler";
import { FirebasePushGateway } from "./push/firebase-push-gateway";
import { type PushGateway } from "./push/push-gateway";
import { RecordingPushGateway } from "./push/recording-push-gateway";

export interface NotifierWorker {
  healthPort: number;
  gateway: PushGateway;
  /** Stops taking messages, finishes those in flight, then closes broker, gateway, HTTP and database. */
  stop(): Promise<void>;
}

/** Firebase when credentials are configured; otherwise pushes are only logged and recorded. */
export function pushGatewayFor(config: NotifierConfig, logger: Logger): PushGateway {
  if (config.firebase) return new FirebasePushGateway(config.firebase);
  logger.warn("no Firebase credentials configured: pushes are recorded, not sent");
  return new RecordingPushGateway(logger);
}

/**
 * The notifier: consumes the reminder and achievement messages and pushes them to the user's devices,
 * recording every delivery, and serves /healthz, /readyz and /metrics.
 */
export async function startNotifierWorker(
  config: NotifierConfig,
  logger: Logger,
  options: { gateway?: PushGateway; retryPolicy?: RetryPolicy } = {},
): Promise<NotifierWorker> {
  const orm = await openMainOrm(config.databaseUrl);
  const gateway = options.gateway ?? pushGatewayFor(config, logger);
  const rabbit = connectRabbit(config.amqp.url, logger, { connectionName: "notifier" });
  const topology = messagingTopology(config.amqp.namespace, options.retryPolicy);
  const registry = createMetricsRegistry("notifier");

  const consumer = startConsumerWhenReachable({
    rabbit,
    topology,
    queue: topology.consumers.notifierReminders,
    consumerName: "notifier",
    concurrency: config.amqp.concurrency,
    prefetch: config.amqp.prefetch,
    schema: notificationMessageSchema,
    logger,
    metrics: registry,
    handle: async (message, context) => {
      await deliverNotification({
        em: orm.em,
        gateway,
        message,
        messageId: context.messageId,
        logger: context.logger,
      });
    },
  });

  const health = await startHealthServer({
    port: config.port,
    logger,
    registry,
    checks: { broker: () => consumer.ready, database: () => orm.isConnected() },
  });

  return {
    healthPort: health.port,
    gateway,
    async stop() {
      await consumer.close();
      await rabbit.close();
      await gateway.close();
      await health.close();
      await orm.close();
    },
  };
}
