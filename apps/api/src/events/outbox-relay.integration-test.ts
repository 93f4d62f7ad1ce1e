import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { MikroORM } from "@mikro-orm/postgresql";
import { mainOrmOptions, OutboxEvent } from "@momentum/db";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import {
  domainEventSchema,
  messagingTopology,
  outgoingMessageOf,
  recordEvent,
  recordNotification,
} from "@momentum/domain";
import {
  connectRabbit,
  createLogger,
  declareTopology,
  deleteTopology,
  createMetricsRegistry,
  startOutboxRelay,
  type OutboxRelay,
  type OutboxRelayOptions,
  type RabbitConnection,
} from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const logger = createLogger({ name: "relay-test", level: process.env.TEST_LOG_LEVEL ?? "silent" });
const topology = messagingTopology(`test-${randomUUID().slice(0, 8)}`);
const queue = topology.consumers.analyticsEvents.name;

const taskCompleted = (taskId: string, title: string) =>
  ({
    type: "task.completed",
    userId: randomUUID(),
    aggregateId: taskId,
    payload: {
      title,
      priority: "high",
      dueDate: null,
      completedAt: new Date().toISOString(),
      completedOn: "2026-11-26",
    },
  }) as const;

async function drain(rabbit: RabbitConnection, expected: number, timeoutMs = 15_000, from = queue) {
  const received: Array<{ messageId?: string; routingKey: string; body: unknown }> = [];
  const deadline = Date.now() + timeoutMs;
  while (received.length < expected && Date.now() < deadline) {
    const message = await rabbit.basicGet({ queue: from, noAck: true });
    if (message) received.push(message);
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return received;
}

/**
 * Databases of the describe's own, a broker connection and the test topology, set up and removed with
 * the describe; relays started through it are stopped with it too.
 */
function relayTestBed(label: string) {
  const relays = new Set<OutboxRelay>();
  const bed = {
    databases: undefined as unknown as TestDatabases,
    orm: undefined as unknown as MikroORM,
    rabbit: undefined as unknown as RabbitConnection,
    startRelay(options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
      const relay = startOutboxRelay({
        orm: bed.orm,
        rabbit: bed.rabbit,
        logger,
        topology,
        route: (row) => outgoingMessageOf(row, topology),
        databaseUrl: bed.databases.mainUrl,
        ...options,
      });
      relays.add(relay);
      return relay;
    },
    async stopRelay(relay: OutboxRelay): Promise<void> {
      relays.delete(relay);
      await relay.stop();
    },
  };
  beforeAll(async () => {
    bed.databases = await createTestDatabases(label);
    bed.orm = await MikroORM.init(mainOrmOptions(bed.databases.mainUrl));
    bed.rabbit = connectRabbit(process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672", logger);
    await declareTopology(bed.rabbit, topology);
  });
  afterAll(async () => {
    await Promise.all([...relays].map((relay) => relay.stop()));
    await deleteTopology(bed.rabbit, topology);
    await bed.rabbit?.close();
    await bed.orm?.close();
    await bed.databases?.drop();
  });
  return bed;
}

describe("outbox relay", () => {
  const bed = relayTestBed("relay");
  const startRelay = (pollIntervalMs: number) => bed.startRelay({ pollIntervalMs, batchSize: 50 });

  it("publishes a committed event as its envelope, woken by NOTIFY long before the next poll", async () => {
    const relay = startRelay(60_000);
    await expect.poll(() => relay.state.listening).toBe(true);
    const taskId = randomUUID();
    const row = await bed.orm.em
      .fork()
      .transactional(async (em) => recordEvent(em, taskCompleted(taskId, "Write the report")));

    const [message] = await drain(bed.rabbit, 1, 5_000);
    expect(message?.messageId).toBe(row.id);
    expect(message?.routingKey).toBe("task.completed");
    const envelope = domainEventSchema.parse(message?.body);
    expect(envelope).toMatchObject({
      id: row.id,
      type: "task.completed",
      version: 1,
      aggregate: { type: "task", id: taskId },
    });
    await expect
      .poll(async () => (await bed.orm.em.fork().findOneOrFail(OutboxEvent, row.id)).publishedAt)
      .toBeInstanceOf(Date);
    await bed.stopRelay(relay);
  });

  it("an event recorded in a transaction that rolls back is never published", async () => {
    const relay = startRelay(100);
    await bed.orm.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, taskCompleted(randomUUID(), "never happened"));
        await em.flush();
        throw new Error("roll back");
      })
      .catch(() => undefined);
    const kept = await bed.orm.em
      .fork()
      .transactional(async (em) => recordEvent(em, taskCompleted(randomUUID(), "kept")));
    const received = await drain(bed.rabbit, 2, 2_000);
    expect(received.map((message) => message.messageId)).toEqual([kept.id]);
    await bed.stopRelay(relay);
  });

  /** Records `rounds` events of each aggregate, one transaction per round; returns the ids in order. */
  async function recordRounds(aggregates: string[], rounds: number): Promise<string[]> {
    const written: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      await bed.orm.em.fork().transactional(async (em) => {
        for (const taskId of aggregates)
          written.push(recordEvent(em, taskCompleted(taskId, `step ${round}`)).id);
      });
    }
    return written;
  }

  async function expectEachOnceInOrder(aggregates: string[], rounds: number, written: string[]) {
    const received = await drain(bed.rabbit, written.length, 30_000);
    expect(received.map((message) => message.messageId).sort()).toEqual([...written].sort());
    for (const taskId of aggregates) {
      const steps = received
        .map((message) => domainEventSchema.parse(message.body))
        .filter((event) => event.aggregate.id === taskId)
        .map((event) => (event.payload as { title: string }).title);
      expect(steps, `steps of aggregate ${taskId}`).toEqual(
        Array.from({ length: rounds }, (_, round) => `step ${round}`),
      );
    }
    expect(await bed.orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
  }

  it("two relays at once publish every event exactly once, each aggregate's events in order", async () => {
    const relays = [startRelay(50), startRelay(50)];
    const aggregates = Array.from({ length: 8 }, () => randomUUID());
    const written = await recordRounds(aggregates, 25);
    await expectEachOnceInOrder(aggregates, 25, written);
    await Promise.all(relays.map((relay) => bed.stopRelay(relay)));
  });

  it("relays whose claims interleave (A holds e1 and e3, B holds e2) still publish each aggregate in order", async () => {
    // Many relays with small rounds over few aggregates, all woken by each commit's notification at once:
    // concurrent claims skip each other's locked rows and take alternate events of one aggregate.
    const relays = Array.from({ length: 6 }, () => bed.startRelay({ pollIntervalMs: 20, batchSize: 2 }));
    const aggregates = Array.from({ length: 3 }, () => randomUUID());
    const written = await recordRounds(aggregates, 80);
    await expectEachOnceInOrder(aggregates, 80, written);
    await Promise.all(relays.map((relay) => bed.stopRelay(relay)));
  });
});

describe("outbox relay, pruning", () => {
  const DAY_MS = 24 * 60 * 60 * 1000;
  const bed = relayTestBed("relay_prune");

  it("deletes events published more than 7 days ago, keeps later ones, and publishes an old pending one instead of deleting it", async () => {
    const [expired, kept, pending] = await bed.orm.em
      .fork()
      .transactional(async (em) =>
        ["expired", "kept", "pending"].map((title) => recordEvent(em, taskCompleted(randomUUID(), title))),
      );
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
    const em = bed.orm.em.fork();
    await em.nativeUpdate(OutboxEvent, { id: expired!.id }, { publishedAt: daysAgo(7.01) });
    await em.nativeUpdate(OutboxEvent, { id: kept!.id }, { publishedAt: daysAgo(6.99) });
    await em.nativeUpdate(OutboxEvent, { id: pending!.id }, { occurredAt: daysAgo(30) });

    bed.startRelay({ pollIntervalMs: 100 });
    const remaining = async () =>
      (await bed.orm.em.fork().find(OutboxEvent, {}, { orderBy: { position: "asc" } })).map((row) => ({
        title: row.payload.title,
        published: row.publishedAt instanceof Date,
      }));
    await expect.poll(remaining, { timeout: 10_000 }).toEqual([
      { title: "kept", published: true },
      { title: "pending", published: true },
    ]);
    expect((await drain(bed.rabbit, 1, 5_000)).map((message) => message.messageId)).toEqual([pending!.id]);
  });
});

describe("outbox relay, notification messages", () => {
  const bed = relayTestBed("relay_notify");
  const registry = createMetricsRegistry("api");
  beforeAll(() => void bed.startRelay({ pollIntervalMs: 100, metrics: registry }));

  it("publishes a recorded TASK_REMINDER with exactly the document's body to the notifier's queue", async () => {
    const reminder = {
      type: "TASK_REMINDER",
      userId: randomUUID(),
      taskId: randomUUID(),
      title: "File taxes",
      dueIn: "3600",
      priority: "high",
    } as const;
    const row = await bed.orm.em.fork().transactional(async (em) => recordNotification(em, reminder));
    const [message] = await drain(bed.rabbit, 1, 5_000, topology.consumers.notifierReminders.name);
    expect(message?.messageId).toBe(row.id);
    expect(message?.routingKey).toBe("TASK_REMINDER");
    expect(message?.body).toEqual(reminder);
  });

  it("reports the published count and an empty backlog on the metrics registry", async () => {
    await expect
      .poll(async () => (await registry.getSingleMetricAsString("momentum_outbox_backlog")).trim())
      .toMatch(/ 0$/);
    expect(await registry.getSingleMetricAsString("momentum_outbox_published_total")).toMatch(/ 1$/m);
  });
});
