import { openMainOrm } from "@momentum/db";
import { messagingTopology, notificationMessageSchema } from "@momentum/domain";
import {
  pruneProcessedMessagesJob,
  startWorker,
  type Logger,
  type RetryPolicy,
  type RunningWorker,
} from "@momentum/platform";
import { type NotifierConfig } from "./config";
import { deliverNotification } from "./notifications/deliver-notification.handler";
import { FirebasePushGateway } from "./push/firebase-push-gateway";
import { type PushGateway } from "./push/push-gateway";
import { RecordingPushGateway } from "./push/recording-push-gateway";

export interface NotifierWorker extends RunningWorker {
  gateway: PushGateway;
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
  const orm = await openMainOrm(config.databaseUrl, config.databaseLimits);
  const gateway = options.gateway ?? pushGatewayFor(config, logger);
  const topology = messagingTopology(config.amqp.namespace, options.retryPolicy);
  const worker = await startWorker({
    name: "notifier",
    logger,
    healthPort: config.port,
    amqp: config.amqp,
    topology,
    queue: topology.consumers.notifierReminders,
    schema: notificationMessageSchema,
    handle: (message, context) =>
      deliverNotification({
        em: orm.em,
        gateway,
        message,
        messageId: context.messageId,
        logger: context.logger,
      }),
    checks: { database: () => orm.isConnected() },
    recurring: [pruneProcessedMessagesJob(orm.em, config.housekeeping)],
    async close() {
      await gateway.close();
      await orm.close();
    },
  });
  return { ...worker, gateway };
}
