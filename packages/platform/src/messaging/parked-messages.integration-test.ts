import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../observability/logger";
import { declareTopology, deleteTopology } from "./declare-topology";
import { testTopology } from "./test-topology.test-support";
import { dropParkedMessage, listParkedMessages, replayParkedMessage } from "./parked-messages";
import { connectRabbit, type RabbitConnection } from "./rabbit-connection";
import { startConsumer, type RunningConsumer } from "./start-consumer";

const logger = createLogger({ name: "parked-test", level: "silent" });
const topology = testTopology(`test-${randomUUID().slice(0, 8)}`, { retryDelaysMs: [], maxAttempts: 1 });
const consumerQueue = topology.consumers.worker;

describe("parked messages", () => {
  let rabbit: RabbitConnection;
  let consumer: RunningConsumer;
  let brokenUntilFixed = true;
  const handled: string[] = [];

  beforeAll(async () => {
    rabbit = connectRabbit(process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672", logger);
    await declareTopology(rabbit, topology);
    consumer = startConsumer({
      rabbit,
      queue: consumerQueue,
      consumerName: "test",
      concurrency: 1,
      prefetch: 1,
      schema: z.object({ n: z.number() }),
      logger,
      handle: async (message, context) => {
        if (brokenUntilFixed) throw new Error("the handler has a bug");
        handled.push(`${context.messageId}:${message.n}`);
      },
    });
  });

  afterAll(async () => {
    await consumer?.close();
    await deleteTopology(rabbit, topology);
    await rabbit?.close();
  });

  it("lists parked messages with their reason, replays one once fixed and drops another", async () => {
    const publisher = rabbit.createPublisher({ confirm: true });
    const [first, second] = [randomUUID(), randomUUID()];
    await publisher.send({ exchange: topology.inbox, routingKey: "test.x", messageId: first }, { n: 1 });
    await publisher.send({ exchange: topology.inbox, routingKey: "test.x", messageId: second }, { n: 2 });
    await publisher.close();

    await expect.poll(() => listParkedMessages(rabbit, consumerQueue).then((list) => list.length)).toBe(2);
    const parked = await listParkedMessages(rabbit, consumerQueue);
    expect(parked.map((message) => message.messageId)).toEqual([first, second]);
    expect(parked[0]).toMatchObject({
      reason: "gave up after 1 attempt: the handler has a bug",
      originalRoutingKey: "test.x",
      body: { n: 1 },
    });

    brokenUntilFixed = false;
    expect(await replayParkedMessage(rabbit, consumerQueue, first)).toBe(true);
    await expect.poll(() => handled).toEqual([`${first}:1`]);

    expect(await dropParkedMessage(rabbit, consumerQueue, second)).toBe(true);
    expect(await listParkedMessages(rabbit, consumerQueue)).toEqual([]);
    expect(await dropParkedMessage(rabbit, consumerQueue, second)).toBe(false);
  });
});
