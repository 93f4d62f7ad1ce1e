import { randomUUID } from "node:crypto";
import { OutboxEvent, ProcessedMessage, UserActivity } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { messagingTopology, outgoingMessageOf, recordEvent, type MessagingTopology } from "@momentum/domain";
import {
  connectRabbit,
  createLogger,
  declareTopology,
  deleteTopology,
  listParkedMessages,
  parseEnv,
  rabbitEnvSchema,
  startOutboxRelay,
  type OutboxRelay,
  type RabbitConnection,
} from "@momentum/platform";
import { expect } from "vitest";

export interface EventPipeline {
  orms: TestOrms;
  topology: MessagingTopology;
  relay: OutboxRelay;
  /** Records `count` task.completed events straight into the outbox, one transaction per batch. */
  recordEvents(count: number, pacing?: { batchSize?: number; pauseMs?: number }): Promise<string[]>;
  /** Resolves once every id is in user_activity; throws after `timeoutMs`. */
  waitForActivities(eventIds: string[], timeoutMs: number): Promise<void>;
  /** Waits until the outbox is empty of pending rows and every id is in user_activity exactly once. */
  expectDeliveredExactlyOnce(eventIds: string[], timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

const logger = createLogger({ name: "pipeline-test", level: "silent" });

/**
 * The producer half of the event pipeline on private databases and broker names: the outbox relay
 * exactly as the API runs it. The consumer half (the analytics worker) is started by each test.
 */
export async function startEventPipeline(label: string): Promise<EventPipeline> {
  const orms = await openTestOrms(label);
  const topology = messagingTopology(`test-${label}-${randomUUID().slice(0, 8)}`);
  const rabbit: RabbitConnection = connectRabbit(parseEnv(rabbitEnvSchema, process.env).AMQP_URL, logger, {
    connectionName: `${label}-relay`,
  });
  await declareTopology(rabbit, topology);
  const relay = startOutboxRelay({
    orm: orms.main,
    rabbit,
    logger,
    topology,
    route: (row) => outgoingMessageOf(row, topology),
    databaseUrl: orms.databases.mainUrl,
    pollIntervalMs: 200,
    maxBackoffMs: 1_000,
  });
  // A handful of users with a few tasks each, so events of one task queue up behind each other.
  const users = Array.from({ length: 20 }, () => ({
    userId: randomUUID(),
    taskIds: [randomUUID(), randomUUID()],
  }));

  async function recordEvents(count: number, { batchSize = 500, pauseMs = 0 } = {}): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += batchSize) {
      if (start > 0 && pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await orms.main.em.fork().transactional(async (em) => {
        for (let n = start; n < Math.min(start + batchSize, count); n += 1) {
          const user = users[n % users.length]!;
          const event = recordEvent(em, {
            type: "task.completed",
            userId: user.userId,
            aggregateId: user.taskIds[n % user.taskIds.length]!,
            payload: {
              title: `step ${n}`,
              priority: "medium",
              dueDate: null,
              completedAt: new Date().toISOString(),
              completedOn: new Date().toISOString().slice(0, 10),
            },
          });
          ids.push(event.id);
        }
      });
    }
    return ids;
  }

  async function waitForActivities(eventIds: string[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const arrived = () => orms.analytics.em.fork().count(UserActivity, { eventId: { $in: eventIds } });
    while ((await arrived()) < eventIds.length) {
      if (Date.now() > deadline)
        throw new Error(`not every event reached user_activity within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async function expectDeliveredExactlyOnce(eventIds: string[], timeoutMs: number): Promise<void> {
    const analytics = () => orms.analytics.em.fork();
    await expect
      .poll(() => orms.main.em.fork().count(OutboxEvent, { publishedAt: null }), {
        timeout: timeoutMs,
        interval: 250,
      })
      .toBe(0);
    await expect
      .poll(() => analytics().count(UserActivity, { eventId: { $in: eventIds } }), {
        timeout: timeoutMs,
        interval: 250,
      })
      .toBe(eventIds.length);
    const rows = await analytics().find(
      UserActivity,
      { eventId: { $in: eventIds } },
      { fields: ["eventId"] },
    );
    expect(new Set(rows.map((row) => row.eventId))).toEqual(new Set(eventIds));
    expect(await analytics().count(ProcessedMessage, { messageId: { $in: eventIds } })).toBe(eventIds.length);
    expect(await listParkedMessages(rabbit, topology.consumers.analyticsEvents)).toEqual([]);
  }

  return {
    orms,
    topology,
    relay,
    recordEvents,
    waitForActivities,
    expectDeliveredExactlyOnce,
    async stop() {
      await relay.stop();
      await deleteTopology(rabbit, topology).catch(() => undefined);
      await rabbit.close();
      await orms.close();
    },
  };
}
