import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { Device, PushDelivery, PushDeliveryStatus } from "@momentum/db";
import { type PushMessage } from "@momentum/domain";
import { type Logger } from "@momentum/platform";
import { type PushGateway, type PushResult } from "../push/push-gateway";
import { notificationTextOf, type NotificationText } from "./notification-text";

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
 * Pushes to one device at most once per message, across every notifier instance: the (message, device)
 * row is created if missing and locked before the push, and the push's outcome is committed with it.
 * A second copy of the message, here or in another instance, waits on the lock and then finds it settled.
 * A crash mid-push rolls the claim back, so the push is tried again.
 */
async function pushOnce(
  em: EntityManager,
  gateway: PushGateway,
  delivery: { message: PushMessage; messageId: string; device: Device; text: NotificationText },
): Promise<PushResult["status"] | "already_settled"> {
  const { message, messageId, device, text } = delivery;
  return em.fork().transactional(async (tx) => {
    await tx
      .createQueryBuilder(PushDelivery)
      .insert({
        userId: message.userId,
        device: device.id,
        messageId,
        notificationType: message.type,
        title: text.title.slice(0, 255),
        body: text.body,
        data: text.data,
        gateway: gateway.name,
        status: PushDeliveryStatus.Failed,
      })
      .onConflict(["messageId", "device"])
      .ignore()
      .execute("run");
    const claim = await tx.findOneOrFail(
      PushDelivery,
      { messageId, device: device.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (settled.has(claim.status)) return "already_settled";
    const result = await gateway.send({ token: device.token, platform: device.platform, ...text });
    claim.status = deliveryStatusOf[result.status];
    claim.error = result.error ?? null;
    return result.status;
  });
}

/**
 * Sends one notification message to every device of its user and records one push_deliveries row per
 * device, each committed with its push, so a redelivered message skips the devices it already reached
 * and only retries failures. A dead token removes its device.
 *
 * Throws when some push failed, so the consumer retries the message later.
 */
export async function deliverNotification(options: {
  em: EntityManager;
  gateway: PushGateway;
  message: PushMessage;
  messageId: string;
  logger: Logger;
}): Promise<DeliveryOutcome> {
  const { gateway, message, messageId, logger } = options;
  const em = options.em.fork();
  const devices = await em.find(Device, { user: message.userId }, { orderBy: { createdAt: "asc" } });
  const text = notificationTextOf(message);
  const outcome: DeliveryOutcome = { devices: devices.length, sent: 0, invalidTokens: 0, failed: 0 };

  for (const device of devices) {
    const status = await pushOnce(em, gateway, { message, messageId, device, text });
    if (status === "sent") outcome.sent += 1;
    if (status === "failed") outcome.failed += 1;
    if (status === "invalid_token") {
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
