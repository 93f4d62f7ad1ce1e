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
import { type MailGateway } from "./mail/mail-gateway";
import { RecordingMailGateway } from "./mail/recording-mail-gateway";
import { SmtpMailGateway } from "./mail/smtp-mail-gateway";
import { deliverNotification } from "./notifications/deliver-notification.handler";
import { sendPasswordResetEmail } from "./notifications/send-password-reset-email.handler";
import { FirebasePushGateway } from "./push/firebase-push-gateway";
import { type PushGateway } from "./push/push-gateway";
import { RecordingPushGateway } from "./push/recording-push-gateway";

export interface NotifierWorker extends RunningWorker {
  gateway: PushGateway;
  mailGateway: MailGateway;
}

/** Firebase when credentials are configured; otherwise pushes are only logged and recorded. */
export function pushGatewayFor(config: NotifierConfig, logger: Logger): PushGateway {
  if (config.firebase) return new FirebasePushGateway(config.firebase);
  logger.warn("no Firebase credentials configured: pushes are recorded, not sent");
  return new RecordingPushGateway(logger);
}

/** SMTP when SMTP_URL is configured (production requires it); otherwise e-mails are only logged and recorded. */
export function mailGatewayFor(config: NotifierConfig, logger: Logger): MailGateway {
  if (config.mail.smtpUrl) return new SmtpMailGateway(config.mail.smtpUrl, config.mail.from);
  logger.warn("no SMTP_URL configured: e-mails are recorded, not sent");
  return new RecordingMailGateway(logger);
}

/**
 * The notifier: consumes the notification messages, pushes reminders and achievements to the user's
 * devices and e-mails reset links, recording every delivery, and serves /healthz, /readyz and /metrics.
 */
export async function startNotifierWorker(
  config: NotifierConfig,
  logger: Logger,
  options: { gateway?: PushGateway; mailGateway?: MailGateway; retryPolicy?: RetryPolicy } = {},
): Promise<NotifierWorker> {
  const orm = await openMainOrm(config.databaseUrl, config.databaseLimits);
  const gateway = options.gateway ?? pushGatewayFor(config, logger);
  const mailGateway = options.mailGateway ?? mailGatewayFor(config, logger);
  const topology = messagingTopology(config.amqp.namespace, options.retryPolicy);
  const worker = await startWorker({
    name: "notifier",
    logger,
    healthPort: config.port,
    amqp: config.amqp,
    topology,
    queue: topology.consumers.notifierReminders,
    schema: notificationMessageSchema,
    handle: (message, { messageId, logger: messageLogger }) =>
      message.type === "PASSWORD_RESET_EMAIL"
        ? sendPasswordResetEmail({
            em: orm.em,
            gateway: mailGateway,
            message,
            messageId,
            passwordResetUrl: config.mail.passwordResetUrl,
            logger: messageLogger,
          })
        : deliverNotification({ em: orm.em, gateway, message, messageId, logger: messageLogger }),
    checks: { database: () => orm.isConnected() },
    recurring: [pruneProcessedMessagesJob(orm.em, config.housekeeping)],
    async close() {
      await gateway.close();
      await mailGateway.close();
      await orm.close();
    },
  });
  return { ...worker, gateway, mailGateway };
}
