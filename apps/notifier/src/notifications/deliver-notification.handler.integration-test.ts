import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { DevicePlatform, PushDelivery } from "@momentum/db";
import { lockWaiters, openTestOrms, type TestOrms } from "@momentum/db/testing";
import { type TaskReminder } from "@momentum/domain";
import { createLogger } from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Push, type PushResult } from "../push/push-gateway";
import { RecordingPushGateway } from "../push/recording-push-gateway";
import { userWithDevices } from "../testing/user-with-devices";
import { deliverNotification } from "./deliver-notification.handler";

const logger = createLogger({ name: "delivery-test", level: "silent" });

/** A gateway whose first push waits until the test lets it go, its delivery's claim held meanwhile. */
class HeldGateway extends RecordingPushGateway {
  private reached!: () => void;
  /** Resolves once the first push is in the gateway. */
  readonly entered = new Promise<void>((resolve) => (this.reached = resolve));
  letGo!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.letGo = resolve));

  override async send(push: Push): Promise<PushResult> {
    this.reached();
    await this.released;
    return super.send(push);
  }
}

describe("deliverNotification", () => {
  // Databases of its own: the test waits for a lock wait, and must see only its own.
  let orms: TestOrms;
  beforeAll(async () => {
    orms = await openTestOrms("delivery");
  });
  afterAll(() => orms?.close());

  it("two copies of one message delivered at once (two notifier instances) push once to each device", async () => {
    const orm = orms.main;
    const userId = await userWithDevices(orm, ["phone", "tablet"], DevicePlatform.Ios);
    const message: TaskReminder = {
      type: "TASK_REMINDER",
      userId,
      taskId: randomUUID(),
      title: "Renew the passport",
      dueIn: "3600",
      priority: "high",
    };
    const messageId = randomUUID();
    // Separate gateways and entity managers, as in two processes: only the database is shared.
    const first = new HeldGateway(logger);
    const second = new RecordingPushGateway(logger);
    const deliver = (gateway: RecordingPushGateway) =>
      deliverNotification({ em: orm.em.fork(), gateway, message, messageId, logger });

    const firstDelivery = deliver(first);
    await first.entered; // mid-push to the first device, its claim uncommitted
    const secondDelivery = deliver(second);
    await expect.poll(() => lockWaiters(orm.em.fork()), { timeout: 10_000, interval: 20 }).toBe(1);
    first.letGo();
    await Promise.all([firstDelivery, secondDelivery]);

    const pushedTo = [...first.pushes, ...second.pushes].map((push) => push.token);
    expect(pushedTo).toHaveLength(2);
    expect(new Set(pushedTo).size).toBe(2);
    expect(await orm.em.fork().count(PushDelivery, { messageId })).toBe(2);
  });
});
