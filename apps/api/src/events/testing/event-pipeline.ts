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
import { type ServiceProcess } from "../../testing/service-process";

export interface EventPipeline {
  orms: TestOrms;
  topology: MessagingTopology;
  /** The relay in this process, exactly as the API runs it; null until started. */
  readonly relay: OutboxRelay | null;
  startRelay(): OutboxRelay;
  /** Stops the relay started last, if any; `startRelay` may start a new one afterwards. */
  stopRelay(): Promise<void>;
  /** Records `count` task.completed events straight into the outbox, one transaction per batch. */
  recordEvents(count: number, pacing?: { batchSize?: number; pauseMs?: number }): Promise<string[]>;
  /** Resolves once every id is in user_activity; throws after `timeoutMs`. */
  waitForActivities(eventIds: string[], timeoutMs: number): Promise<void>;
  /**
   * Waits until the outbox is empty of pending rows and every id is in user_activity exactly once, none
   * parked, and the rows of each aggregate were recorded in the order the aggregate's events happened.
   */
  expectDeliveredExactlyOnce(eventIds: string[], timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

const logger = createLogger({ name: "pipeline-test", level: "silent" });

/** The analytics worker's count of messages it had processed before and skipped, from its /metrics. */
export async function duplicatesSkipped(worker: ServiceProcess): Promise<number> {
  const metrics = await (await fetch(`${worker.probesUrl}/metrics`)).text();
  const count = /^momentum_messages_duplicate_total\{[^}]*\} (\d+)$/m.exec(metrics)?.[1];
  if (count === undefined) throw new Error("the worker's /metrics has no duplicate count");
  return Number(count);
}

/** Event ids grouped by aggregate, each group in the order of `rows`. */
const byAggregate = (rows: { aggregate: string; id: string }[]) => {
  const groups = new Map<string, string[]>();
  for (const { aggregate, id } of rows) groups.set(aggregate, [...(groups.get(aggregate) ?? []), id]);
  return groups;
};

/**
 * The producer half of the event pipeline on private databases and broker names: the outbox relay
 * exactly as the API runs it (started at once unless `relay: false`). The consumer half (the analytics
 * worker) is started by each test.
 */
export async function startEventPipeline(
  label: string,
  options: { relay?: boolean } = {},
): Promise<EventPipeline> {
  const orms = await openTestOrms(label);
  const topology = messagingTopology(`test-${label}-${randomUUID().slice(0, 8)}`);
  const rabbit: RabbitConnection = connectRabbit(parseEnv(rabbitEnvSchema, process.env).AMQP_URL, logger, {
    connectionName: `${label}-relay`,
  });
  await declareTopology(rabbit, topology);
  let relay: OutboxRelay | null = null;
  const startRelay = () =>
    (relay = startOutboxRelay({
      orm: orms.main,
      rabbit,
      logger,
      topology,
      route: (row) => outgoingMessageOf(row, topology),
      databaseUrl: orms.databases.mainUrl,
      pollIntervalMs: 200,
      maxBackoffMs: 1_000,
    }));
  if (options.relay ?? true) startRelay();
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
          const completedAt = new Date();
          const event = recordEvent(em, {
            type: "task.completed",
            userId: user.userId,
            aggregateId: user.taskIds[n % user.taskIds.length]!,
            payload: {
              title: `step ${n}`,
              priority: "medium",
              dueDate: null,
              completedAt: completedAt.toISOString(),
              completedOn: completedAt.toISOString().slice(0, 10),
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
    const analytics = () => orms.analytics.em.fork();
    const arrived = () => analytics().count(UserActivity, { eventId: { $in: eventIds } });
    // Polled with a plain count of the table (this run's own database): matching thousands of ids every
    // 25 ms loaded the database the worker writes to. The ids are matched once before and once after.
    const expected = (await analytics().count(UserActivity)) + eventIds.length - (await arrived());
    while ((await analytics().count(UserActivity)) < expected || (await arrived()) < eventIds.length) {
      if (Date.now() > deadline)
        throw new Error(`not every event reached user_activity within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Each aggregate's events as the relay must publish them, and as the worker recorded them. */
  async function expectAggregateOrder(eventIds: string[]): Promise<void> {
    const happened = await orms.main.em
      .fork()
      .execute<{ aggregate: string; id: string }[]>(
        `select aggregate_id as aggregate, id from outbox where id in (?) order by occurred_at, position`,
        [eventIds],
      );
    // xmin: the transaction that recorded the row (the worker writes one batch at a time); ctid: the
    // order a batch inserted its rows in, into fresh partitions that only grow.
    const recorded = await orms.analytics.em.fork().execute<{ aggregate: string; id: string }[]>(
      `select entity_id as aggregate, event_id as id from user_activity where event_id in (?)
          order by xmin::text::bigint, ctid`,
      [eventIds],
    );
    const recordedOf = byAggregate(recorded);
    const outOfOrder = [...byAggregate(happened)]
      .filter(([aggregate, ids]) => recordedOf.get(aggregate)?.join() !== ids.join())
      .map(([aggregate]) => aggregate);
    expect(outOfOrder, "aggregates whose events were recorded out of order").toEqual([]);
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
    await expectAggregateOrder(eventIds);
  }

  return {
    orms,
    topology,
    get relay() {
      return relay;
    },
    startRelay,
    async stopRelay() {
      const stopped = relay;
      relay = null;
      await stopped?.stop();
    },
    recordEvents,
    waitForActivities,
    expectDeliveredExactlyOnce,
    async stop() {
      await relay?.stop();
      await deleteTopology(rabbit, topology).catch(() => undefined);
      await rabbit.close();
      await orms.close();
    },
  };
}
