import { setTimeout } from "node:timers/promises";
import { type MikroORM } from "@mikro-orm/postgresql";
import { OutboxEvent } from "@momentum/db";
import { topologyDeclarations } from "../messaging/declare-topology";
import { type BrokerTopology } from "../messaging/broker-topology";
import { type RabbitConnection } from "../messaging/rabbit-connection";
import { type Logger } from "../observability/logger";
import { type Registry } from "../observability/metrics-registry";
import { claimRound } from "./outbox-claim";
import { listenForOutboxEvents } from "./outbox-listener";
import { outboxRelayMetrics } from "./outbox-relay-metrics";

export interface OutboxRelayOptions {
  /** The main database's ORM. */
  orm: MikroORM;
  rabbit: RabbitConnection;
  logger: Logger;
  /** The layout the publisher declares before its first publish. */
  topology: BrokerTopology;
  /** Where and as what a row is published. */
  route: (row: OutboxEvent) => OutgoingMessage;
  /** Where the dedicated LISTEN connection goes; normally DATABASE_URL. */
  databaseUrl: string;
  /** Most events claimed, and so in flight to the broker, at once (default 500). */
  batchSize?: number;
  /** The poll that covers lost notifications. */
  pollIntervalMs?: number;
  /** Ceiling of the backoff while the broker or the database fails. */
  maxBackoffMs?: number;
  /** How long published rows are kept before they are pruned. */
  retentionMs?: number;
  metrics?: Registry;
}

/** An outbox row as the broker sees it. */
export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  body: unknown;
}

export interface OutboxRelayState {
  running: boolean;
  listening: boolean;
  brokerReady: boolean;
  /** Rounds in a row that failed; the relay is backing off while this is above 0. */
  consecutiveFailures: number;
}

export interface OutboxRelay {
  readonly state: OutboxRelayState;
  /** Finishes the round in flight (its publishes and commit), then closes the listener and publisher. */
  stop(): Promise<void>;
}

interface RoundResult {
  claimed: number;
  published: number;
  failed: number;
}

const aggregateKey = (row: Pick<OutboxEvent, "aggregateType" | "aggregateId">) =>
  `${row.aggregateType}/${row.aggregateId}`;

/**
 * Publishes the outbox to RabbitMQ. Each round claims the oldest pending rows with
 * `FOR UPDATE SKIP LOCKED` (so several API instances share the work), publishes them with confirms and
 * marks them published in the same transaction: the row locks are held through the publish, and a relay
 * that dies mid-round leaves its rows pending for the next one. A round sends all its rows at once on
 * the publisher's one channel, each aggregate's in order (the broker keeps a channel's order), and waits
 * for all their confirms together; rows behind an event another relay holds wait for a later round
 * (see `claimRound`). A crash between confirm and commit publishes an event again: consumers
 * de-duplicate by message id.
 *
 * Wakes on NOTIFY from the outbox trigger, polls as well, and backs off while the broker is unavailable.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { orm, rabbit, topology, route } = options;
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  // Short enough that a backlog drains within seconds of the broker coming back.
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const retentionMs = options.retentionMs ?? 7 * 24 * 3_600_000;
  const logger = options.logger.child({ component: "outbox-relay" });
  const metrics = options.metrics ? outboxRelayMetrics(options.metrics, orm) : undefined;

  // The publisher (re)declares the whole layout on every channel it opens, so no event can be
  // published before the queues that keep it exist, whichever process starts first.
  const publisher = rabbit.createPublisher({ confirm: true, maxAttempts: 3, ...publisherDeclarations() });
  function publisherDeclarations() {
    const { exchanges, queues, bindings } = topologyDeclarations(topology);
    return { exchanges, queues, queueBindings: bindings };
  }

  /** Sends one row; resolves with the error instead of throwing, so a round can settle each row. */
  async function publishRow(row: OutboxEvent): Promise<Error | undefined> {
    try {
      const { exchange, routingKey, body } = route(row);
      await publisher.send(
        { exchange, routingKey, messageId: row.id, type: row.eventType, durable: true },
        body,
      );
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(`publish failed: ${JSON.stringify(error)}`);
    }
  }

  const runRound = (): Promise<RoundResult> =>
    orm.em.fork().transactional(async (tx) => {
      const { claimed, ready } = await claimRound(tx, batchSize);
      if (claimed.length === 0) return { claimed: 0, published: 0, failed: 0 };
      // Every row goes out at once, each aggregate's in order on the one channel, and one wait covers all
      // their confirms: many messages per confirm round instead of one round trip per event.
      const errors = await Promise.all(ready.map(publishRow));
      const published: string[] = [];
      const stopped = new Set<string>();
      for (const [index, row] of ready.entries()) {
        const error = errors[index];
        // A row is marked only if every earlier row of its aggregate went out: after a failure the later
        // ones stay pending too and go out again after it (consumers drop the copies by message id).
        if (stopped.has(aggregateKey(row))) continue;
        if (error === undefined) {
          published.push(row.id);
          continue;
        }
        stopped.add(aggregateKey(row));
        logger.warn(
          { err: error, eventId: row.id, eventType: row.eventType },
          "publish failed; the event stays pending",
        );
        await tx.nativeUpdate(
          OutboxEvent,
          { id: row.id },
          {
            attempts: row.attempts + 1,
            lastError: error.message,
          },
        );
      }
      // One statement marks the round, rather than one per row.
      if (published.length > 0)
        await tx.nativeUpdate(OutboxEvent, { id: { $in: published } }, { publishedAt: new Date() });
      return { claimed: claimed.length, published: published.length, failed: stopped.size };
    });

  let lastPruneAt = 0;
  async function pruneIfDue() {
    if (Date.now() - lastPruneAt < 10 * 60_000) return;
    lastPruneAt = Date.now();
    const pruned = await orm.em
      .fork()
      .nativeDelete(OutboxEvent, { publishedAt: { $lt: new Date(Date.now() - retentionMs) } });
    if (pruned > 0) logger.info({ pruned }, "pruned published outbox events");
  }

  // Sleeping between rounds; a notification ends the sleep early unless the relay is backing off.
  let stopping = false;
  let notified = false;
  let pause: { controller: AbortController; wakeable: boolean } | undefined;
  const wake = () => {
    notified = true;
    if (pause?.wakeable) pause.controller.abort();
  };
  async function sleep(ms: number, wakeable: boolean) {
    if (stopping || (wakeable && notified)) return;
    pause = { controller: new AbortController(), wakeable };
    await setTimeout(ms, undefined, { signal: pause.controller.signal }).catch(() => undefined);
    pause = undefined;
  }

  const state: OutboxRelayState = {
    running: true,
    listening: false,
    brokerReady: false,
    consecutiveFailures: 0,
  };

  async function loop() {
    while (!stopping) {
      notified = false;
      try {
        if (!rabbit.ready) throw new Error("the broker is not connected");
        const round = await runRound();
        metrics?.published.inc(round.published);
        metrics?.failed.inc(round.failed);
        if (round.published > 0) logger.debug(round, "published outbox events");
        state.consecutiveFailures = round.failed > 0 ? state.consecutiveFailures + 1 : 0;
        await pruneIfDue();
        // A full batch means more is waiting: go again at once, unless every row waited behind another
        // relay's (claiming them again at once would only spin until that relay commits).
        if (round.failed === 0 && round.claimed === batchSize && round.published > 0) continue;
      } catch (error) {
        state.consecutiveFailures += 1;
        if (state.consecutiveFailures === 1 || state.consecutiveFailures % 10 === 0) {
          logger.warn(
            { err: error, consecutiveFailures: state.consecutiveFailures },
            "outbox relay round failed",
          );
        }
      }
      const backoff = Math.min(pollIntervalMs * 2 ** state.consecutiveFailures, maxBackoffMs);
      await sleep(state.consecutiveFailures > 0 ? backoff : pollIntervalMs, state.consecutiveFailures === 0);
    }
  }

  const listener = listenForOutboxEvents({ databaseUrl: options.databaseUrl, logger, onNotify: wake });
  const running = loop();
  logger.info({ batchSize, pollIntervalMs, exchanges: topology.exchanges }, "outbox relay started");

  return {
    get state() {
      return { ...state, listening: listener.listening, brokerReady: rabbit.ready };
    },
    async stop() {
      stopping = true;
      pause?.controller.abort();
      await running;
      state.running = false;
      await listener.close();
      await publisher.close();
      logger.info("outbox relay stopped");
    },
  };
}
