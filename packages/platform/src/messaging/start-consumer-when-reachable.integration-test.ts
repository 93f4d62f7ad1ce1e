import { randomUUID } from "node:crypto";
import { createServer, connect, type Server, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../observability/logger";
import { deleteTopology } from "./declare-topology";
import { testTopology } from "./test-topology.test-support";
import { connectRabbit, type RabbitConnection } from "./rabbit-connection";
import { startConsumerWhenReachable } from "./start-consumer-when-reachable";
import { type RunningConsumer } from "./start-consumer";

const brokerUrl = new URL(process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672");
const logger = createLogger({ name: "reachable-test", level: "silent" });
const topology = testTopology(`test-${randomUUID().slice(0, 8)}`);

/** A TCP door to the broker that the test opens late: until then the broker is unreachable. */
async function lateBrokerDoor() {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, "127.0.0.1", listening));
  const { port } = probe.address() as { port: number };
  await new Promise((closed) => probe.close(closed));
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  return {
    url: `amqp://${brokerUrl.username}:${brokerUrl.password}@127.0.0.1:${port}`,
    async open() {
      server = createServer((client) => {
        const upstream = connect(Number(brokerUrl.port || 5672), brokerUrl.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("error", () => undefined);
          socket.on("close", () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((listening) => server!.listen(port, "127.0.0.1", listening));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
    },
  };
}

describe("a consumer started while the broker is unreachable", () => {
  let rabbit: RabbitConnection;
  let consumer: RunningConsumer;
  let door: Awaited<ReturnType<typeof lateBrokerDoor>>;

  afterAll(async () => {
    await consumer?.close();
    if (rabbit?.ready) await deleteTopology(rabbit, topology);
    await rabbit?.close();
    await door?.close();
  });

  it("waits, not ready, then declares its topology and consumes once the broker can be reached", async () => {
    door = await lateBrokerDoor();
    rabbit = connectRabbit(door.url, logger);
    const handled: number[] = [];
    consumer = startConsumerWhenReachable({
      rabbit,
      topology,
      queue: topology.consumers.worker,
      consumerName: "test",
      concurrency: 1,
      prefetch: 1,
      schema: z.object({ n: z.number() }),
      logger,
      handle: async (message) => {
        handled.push(message.n);
      },
    });

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(consumer.ready).toBe(false);

    await door.open();
    await expect.poll(() => consumer.ready, { timeout: 10_000 }).toBe(true);
    const publisher = rabbit.createPublisher({ confirm: true });
    await publisher.send(
      { exchange: topology.inbox, routingKey: "test.x", messageId: randomUUID() },
      { n: 7 },
    );
    await publisher.close();
    await expect.poll(() => handled).toEqual([7]);
  });

  it("can be closed while it is still waiting for the broker", async () => {
    const unreachable = connectRabbit("amqp://guest:guest@127.0.0.1:1", logger);
    const waiting = startConsumerWhenReachable({
      rabbit: unreachable,
      topology,
      queue: topology.consumers.worker,
      consumerName: "test",
      concurrency: 1,
      prefetch: 1,
      schema: z.object({}),
      logger,
      handle: async () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waiting.close();
    expect(waiting.ready).toBe(false);
    await unreachable.close();
  });
});
