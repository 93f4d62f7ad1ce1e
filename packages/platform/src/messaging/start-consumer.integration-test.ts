import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../observability/logger";
import { declareTopology, deleteTopology } from "./declare-topology";
import { testTopology } from "./test-topology.test-support";
import { connectRabbit, type RabbitConnection } from "./rabbit-connection";
import { parkedHeaders, startConsumer, type ConsumerContext, type RunningConsumer } from "./start-consumer";

const logger = createLogger({ name: "consumer-test", level: "silent" });
const topology = testTopology(`test-${randomUUID().slice(0, 8)}`, {
  retryDelaysMs: [50, 100],
  maxAttempts: 3,
});
const queue = topology.consumers.worker;
const greetingSchema = z.object({ greeting: z.string() });

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("startConsumer against RabbitMQ", () => {
  let rabbit: RabbitConnection;
  let consumer: RunningConsumer;
  const handled: Array<{ greeting: string; context: ConsumerContext }> = [];
  const publisher = () => rabbit.createPublisher({ confirm: true });

  beforeAll(async () => {
    rabbit = connectRabbit(process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672", logger);
    await declareTopology(rabbit, topology);
    await declareTopology(rabbit, topology); // a second declaration changes nothing
    consumer = startConsumer({
      rabbit,
      queue,
      consumerName: "test",
      concurrency: 2,
      prefetch: 4,
      schema: greetingSchema,
      logger,
      handle: async (message, context) => {
        if (message.greeting === "poison") throw new Error("poison refuses to be handled");
        handled.push({ greeting: message.greeting, context });
      },
    });
    await eventually(async () => (consumer.ready ? true : undefined));
  });

  afterAll(async () => {
    await consumer?.close();
    await deleteTopology(rabbit, topology);
    await rabbit.close();
  });

  const publish = async (body: unknown, messageId: string | undefined = randomUUID()) => {
    const sender = publisher();
    await sender.send(
      { exchange: topology.inbox, routingKey: "test.greeted", messageId, durable: true },
      body,
    );
    await sender.close();
    return messageId;
  };

  it("hands a valid message to the handler with its id and first attempt", async () => {
    const messageId = await publish({ greeting: "hello" });
    const delivery = await eventually(async () =>
      handled.find((entry) => entry.context.messageId === messageId),
    );
    expect(delivery).toMatchObject({
      greeting: "hello",
      context: { attempt: 1, routingKey: "test.greeted" },
    });
  });

  it("parks a malformed message with its reason and keeps consuming the others", async () => {
    const malformedId = await publish({ salutation: "hi" });
    const nextId = await publish({ greeting: "after the malformed one" });
    await eventually(async () => handled.find((entry) => entry.context.messageId === nextId));
    const parked = await eventually(() => rabbit.basicGet({ queue: queue.deadQueue, noAck: true }));
    expect(parked.messageId).toBe(malformedId);
    expect(parked.headers?.[parkedHeaders.reason]).toMatch(/^malformed: greeting:/);
    expect(parked.headers?.[parkedHeaders.originalRoutingKey]).toBe("test.greeted");
  });

  it("retries a failing message through the delay queues and parks it after the last attempt", async () => {
    const poisonId = await publish({ greeting: "poison" });
    const parked = await eventually(() => rabbit.basicGet({ queue: queue.deadQueue, noAck: true }));
    expect(parked.messageId).toBe(poisonId);
    expect(parked.headers?.[parkedHeaders.attempts]).toBe(3);
    expect(parked.headers?.[parkedHeaders.reason]).toBe(
      "gave up after 3 attempts: poison refuses to be handled",
    );
  });

  it("keeps a message no binding routes in the unroutable queue", async () => {
    const sender = publisher();
    const messageId = randomUUID();
    await sender.send({ exchange: topology.spare, routingKey: "NOBODY_LISTENS", messageId }, {});
    await sender.close();
    const kept = await eventually(() => rabbit.basicGet({ queue: topology.unroutableQueue, noAck: true }));
    expect(kept.messageId).toBe(messageId);
  });
});
