import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { DevicePlatform, loadDatabaseConfig, openMainOrm, PushDelivery } from "@momentum/db";
import { type TaskReminder } from "@momentum/domain";
import { createLogger } from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Push, type PushResult } from "../push/push-gateway";
import { RecordingPushGateway } from "../push/recording-push-gateway";
import { userWithDevices } from "../testing/user-with-devices";
import { deliverNotification } from "./deliver-notification.handler";

const logger = createLogger({ name: "delivery-test", level: "silent" });

/** A gateway that takes its time, so two copies of one message overlap for sure. */
class SlowGateway extends RecordingPushGateway {
  override async send(push: Push): Promise<PushResult> {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return super.send(push);
  }
}

describe("deliverNotification", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  });
  afterAll(() => orm?.close());

  it("two copies of one message delivered at once (two notifier instances) push once to each device", async () => {
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
    const instances = [new SlowGateway(logger), new SlowGateway(logger)];
    await Promise.all(
      instances.map((gateway) =>
        deliverNotification({ em: orm.em.fork(), gateway, message, messageId, logger }),
      ),
    );
    expect(instances.flatMap((gateway) => gateway.pushes)).toHaveLength(2);
    expect(await orm.em.fork().count(PushDelivery, { messageId })).toBe(2);
  });
});
