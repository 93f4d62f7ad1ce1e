import { type EntityManager } from "@mikro-orm/postgresql";
import { Device, PushDelivery, PushDeliveryStatus } from "@momentum/db";
import { type Logger, type NotificationMessage } from "@momentum/domain";
import { type PushGateway, type PushResult } from "../push/push-gateway";
import { notificationTextOf } from "./notification-text";

export interface DeliveryOutcome {
  devices: number;
  sent: number;
  invalidTokens: number;
  failed: number;
}

const deliveryStatusOf: Record<PushResult["status"], PushDeliveryStatus> = {
  sent: PushDeliveryStatus.Sent,
  invalid_token: PushDeliveryStatus.InvalidToken,
  failed: PushDeliveryStatus.Failed,
};

/** Deliveries that are settled for good; a failed one is tried again when the message comes back. */
const settled = new Set([PushDeliveryStatus.Sent, PushDeliveryStatus.InvalidToken]);

/**
 * Sends one notification message to every device of its user and records one push_deliveries row per
 * device. Each row is committed right after its push, so a redelivered message skips the devices it
 * already reached and only retries failures. A dead token removes its device.
 *
 * Throws when some push failed, so the consumer retries the message later.
 */
export async function deliverNotification(options: {
  em: EntityManager;
  gateway: PushGateway;
  message: NotificationMessage;
  messageId: string;
  logger: Logger;
}): Promise<DeliveryOutcome> {
  const { gateway, message, messageId, logger } = options;
  const em = options.em.fork();
  const devices = await em.find(Device, { user: message.userId }, { orderBy: { createdAt: "asc" } });
  const earlier = await em.find(PushDelivery, {
    messageId,
    device: { $in: devices.map((device) => device.id) },
  });
  const text = notificationTextOf(message);
  const outcome: DeliveryOutcome = { devices: devices.length, sent: 0, invalidTokens: 0, failed: 0 };

  for (const device of devices) {
    const previous = earlier.find((delivery) => delivery.device?.id === device.id);
    if (previous && settled.has(previous.status)) continue;

    const result = await gateway.send({ token: device.token, platform: device.platform, ...text });
    const delivery =
      previous ??
      em.create(PushDelivery, {
        userId: message.userId,
        device,
        messageId,
        notificationType: message.type,
        title: text.title.slice(0, 255),
        body: text.body,
        data: text.data,
        gateway: gateway.name,
        status: PushDeliveryStatus.Failed,
      });
    delivery.status = deliveryStatusOf[result.status];
    delivery.error = result.error ?? null;
    await em.flush();

    if (result.status === "sent") outcome.sent += 1;
    if (result.status === "failed") outcome.failed += 1;
    if (result.status === "invalid_token") {
      outcome.invalidTokens += 1;
      // Only this token: the row may meanwhile have been re-registered with a fresh one.
      await em.nativeDelete(Device, { id: device.id, token: device.token });
      logger.info({ deviceId: device.id, platform: device.platform }, "removed a device whose token is dead");
    }
  }

  logger.info({ notificationType: message.type, ...outcome }, "notification delivered");
  if (outcome.failed > 0) throw new Error(`${outcome.failed} of ${outcome.devices} pushes failed`);
  return outcome;
}
