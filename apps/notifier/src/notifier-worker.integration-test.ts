import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import {
  Device,
  EmailDelivery,
  EmailDeliveryStatus,
  openMainOrm,
  PushDelivery,
  PushDeliveryStatus,
  User,
} from "@momentum/db";
import { messagingTopology, type NotificationMessage, type TaskReminder } from "@momentum/domain";
import {
  connectRabbit,
  createLogger,
  declareTopology,
  deleteTopology,
  type RabbitConnection,
} from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNotifierConfig } from "./config";
import { RecordingMailGateway } from "./mail/recording-mail-gateway";
import { startNotifierWorker, type NotifierWorker } from "./notifier-worker";
import { type Push, type PushResult } from "./push/push-gateway";
import { RecordingPushGateway } from "./push/recording-push-gateway";
import { userWithDevices } from "./testing/user-with-devices";

const retryPolicy = { retryDelaysMs: [50], maxAttempts: 3 };
const config = loadNotifierConfig({
  ...process.env,
  NOTIFIER_PORT: "0",
  AMQP_NAMESPACE: `test-${randomUUID().slice(0, 8)}`,
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
});
const logger = createLogger({ name: "notifier-test", level: config.logLevel });
const topology = messagingTopology(config.amqp.namespace, retryPolicy);

/** Records like the real default, but tokens named dead-* are rejected and flaky-* fail once. */
class ScriptedGateway extends RecordingPushGateway {
  private readonly failedOnce = new Set<string>();
  override async send(push: Push): Promise<PushResult> {
    if (push.token.startsWith("dead-")) return { status: "invalid_token", error: "token not registered" };
    if (push.token.startsWith("flaky-") && !this.failedOnce.has(push.token)) {
      this.failedOnce.add(push.token);
      return { status: "failed", error: "gateway unavailable" };
    }
    return super.send(push);
  }
}

describe("notifier worker", () => {
  let worker: NotifierWorker;
  let rabbit: RabbitConnection;
  let orm: MikroORM;
  const gateway = new ScriptedGateway(logger);

  beforeAll(async () => {
    worker = await startNotifierWorker(config, logger, { gateway, retryPolicy });
    rabbit = connectRabbit(config.amqp.url, logger);
    // The worker declares it too, once it reached the broker; publishing must not race that.
    await declareTopology(rabbit, topology);
    orm = await openMainOrm(config.databaseUrl);
  });

  afterAll(async () => {
    await worker?.stop();
    await deleteTopology(rabbit, topology);
    await rabbit?.close();
    await orm?.close();
  });

  const reminderFor = (userId: string): TaskReminder => ({
    type: "TASK_REMINDER",
    userId,
    taskId: randomUUID(),
    title: "File taxes",
    dueIn: "3600",
    priority: "high",
  });

  const publish = async (message: NotificationMessage, messageId = randomUUID()) => {
    const publisher = rabbit.createPublisher({ confirm: true });
    await publisher.send(
      { exchange: topology.notificationsExchange, routingKey: message.type, messageId, durable: true },
      message,
    );
    await publisher.close();
    return messageId;
  };
  const deliveriesOf = (userId: string) =>
    orm.em.fork().find(PushDelivery, { userId }, { populate: ["device"] });
  const deviceCount = (userId: string) => orm.em.fork().count(Device, { user: userId });

  it("pushes a TASK_REMINDER to the user's device and records the delivery", async () => {
    const userId = await userWithDevices(orm, ["phone"]);
    const messageId = await publish(reminderFor(userId));
    await expect.poll(() => deliveriesOf(userId), { timeout: 10_000 }).toHaveLength(1);
    const [delivery] = await deliveriesOf(userId);
    expect(delivery).toMatchObject({
      messageId,
      notificationType: "TASK_REMINDER",
      title: "File taxes",
      body: "Due in 1 hour · high priority",
      gateway: "recording",
      status: PushDeliveryStatus.Sent,
    });
  });

  it("acks a reminder for a user without devices, recording nothing", async () => {
    const userId = await userWithDevices(orm, []);
    const reminder = reminderFor(userId);
    await publish(reminder);
    const followerOf = await userWithDevices(orm, ["phone"]);
    await publish(reminderFor(followerOf)); // the queue is ordered: once this one is delivered, the first was settled
    await expect.poll(() => deliveriesOf(followerOf), { timeout: 10_000 }).toHaveLength(1);
    expect(await deliveriesOf(userId)).toEqual([]);
    expect(gateway.pushes.some((push) => push.data.taskId === reminder.taskId)).toBe(false);
    expect(await rabbit.basicGet({ queue: topology.consumers.notifierReminders.deadQueue })).toBeUndefined();
  });

  it("sends a redelivered message to each device only once", async () => {
    const userId = await userWithDevices(orm, ["phone", "tablet"]);
    const reminder = reminderFor(userId);
    const messageId = await publish(reminder);
    await publish(reminder, messageId);
    await expect.poll(() => deliveriesOf(userId), { timeout: 10_000 }).toHaveLength(2);
    const follower = await userWithDevices(orm, ["phone"]);
    await publish(reminderFor(follower));
    await expect.poll(() => deliveriesOf(follower), { timeout: 10_000 }).toHaveLength(1);
    expect(gateway.pushes.filter((push) => push.data.taskId === reminder.taskId)).toHaveLength(2);
  });

  it("removes a device whose token is dead and records why", async () => {
    const userId = await userWithDevices(orm, ["dead", "phone"]);
    await publish(reminderFor(userId));
    // Each device's delivery is recorded on its own: wait for both, not for the first to remove the device.
    await expect.poll(() => deliveriesOf(userId), { timeout: 10_000 }).toHaveLength(2);
    const statuses = (await deliveriesOf(userId)).map((delivery) => delivery.status).sort();
    expect(statuses).toEqual([PushDeliveryStatus.InvalidToken, PushDeliveryStatus.Sent]);
    expect(await deviceCount(userId)).toBe(1);
  });

  it("retries a failed push later without pushing again to the devices already reached", async () => {
    const userId = await userWithDevices(orm, ["flaky", "phone"]);
    const reminder = reminderFor(userId);
    await publish(reminder);
    await expect
      .poll(async () => (await deliveriesOf(userId)).map((delivery) => delivery.status), { timeout: 10_000 })
      .toEqual([PushDeliveryStatus.Sent, PushDeliveryStatus.Sent]);
    expect(gateway.pushes.filter((push) => push.data.taskId === reminder.taskId)).toHaveLength(2);
  });

  it("e-mails a PASSWORD_RESET_EMAIL through the mail gateway and records the delivery", async () => {
    const userId = await userWithDevices(orm, ["phone"]);
    const messageId = await publish({
      type: "PASSWORD_RESET_EMAIL",
      userId,
      requestedAt: new Date().toISOString(),
    });
    const delivered = () => orm.em.fork().findOne(EmailDelivery, { messageId });
    await expect.poll(delivered, { timeout: 10_000 }).toMatchObject({ status: EmailDeliveryStatus.Sent });
    const mails = (worker.mailGateway as RecordingMailGateway).mails;
    const user = await orm.em.fork().findOneOrFail(User, userId);
    expect(mails.filter((mail) => mail.to === user.email)).toHaveLength(1);
    expect(await deliveriesOf(userId)).toEqual([]);
  });
});
