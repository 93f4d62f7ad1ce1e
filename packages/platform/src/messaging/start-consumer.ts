import { type AsyncMessage, type Connection, ConsumerStatus, type Publisher } from "rabbitmq-client";
import { type z } from "zod";
import { type Logger } from "../observability/logger";
import { type Registry } from "../observability/metrics-registry";
import { consumerMetrics, messageOutcomes, type MessageOutcome } from "./consumer-metrics";
import { type ConsumerQueue } from "./broker-topology";
import { deliveryAttempt, stepAfterFailure } from "./retry-policy";

export interface ConsumerContext {
  messageId: string;
  routingKey: string;
  /** 1 for the first delivery; grows with every retry through a delay queue. */
  attempt: number;
  logger: Logger;
  /** The handler found the message processed before and skipped it: counted on /metrics as a duplicate. */
  skippedAsDuplicate(): void;
}

export interface StartConsumerOptions<S extends z.ZodType> {
  rabbit: Connection;
  queue: ConsumerQueue;
  /** Names this consumer in processed_messages and in the logs. */
  consumerName: string;
  concurrency: number;
  prefetch: number;
  /** A body that fails this schema is parked at once with the reason: it would never succeed. */
  schema: S;
  /** Resolves once the message's effects are committed; throwing sends it to retry, then to park. */
  handle: (message: z.infer<S>, context: ConsumerContext) => Promise<unknown>;
  logger: Logger;
  metrics?: Registry;
}

export interface RunningConsumer {
  /** Connected, consuming and able to publish retries: what /readyz reports. */
  readonly ready: boolean;
  /** Stops taking messages, lets those in flight finish and be acked, then closes its channels. */
  close(): Promise<void>;
}

/** Headers a parked message carries, so staff can see why and replay it where it came from. */
export const parkedHeaders = {
  reason: "x-parked-reason",
  parkedAt: "x-parked-at",
  attempts: "x-parked-attempts",
  originalExchange: "x-original-exchange",
  originalRoutingKey: "x-original-routing-key",
} as const;

/** rabbitmq-client decodes JSON bodies sent as application/json; anything else is tried as JSON text. */
function decodedBody(message: AsyncMessage): unknown {
  const body: unknown = message.body;
  if (typeof body === "string" || Buffer.isBuffer(body)) {
    try {
      return JSON.parse(body.toString()) as unknown;
    } catch {
      return undefined;
    }
  }
  return body;
}

const describeIssues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");

/**
 * Consumes one queue with explicit concurrency and prefetch. Every message is acked exactly once it is
 * settled: handled, moved to a delay queue for a retry, or parked with its reason. The queue must exist:
 * `declareTopology` runs first and the consumer only checks for it (passive), because re-declaring a
 * quorum queue with different arguments fails and would leave the consumer silently idle.
 */
export function startConsumer<S extends z.ZodType>(options: StartConsumerOptions<S>): RunningConsumer {
  const { rabbit, queue, consumerName, schema, handle } = options;
  const logger = options.logger.child({ consumer: consumerName, queue: queue.name });
  const metrics = options.metrics ? consumerMetrics(options.metrics) : undefined;
  const count = (outcome: MessageOutcome, by = 1) =>
    metrics?.messages.inc({ queue: queue.name, outcome }, by);
  // Every outcome is on /metrics from the start, so a rate or an alert on it has a series to read.
  for (const outcome of messageOutcomes) count(outcome, 0);
  metrics?.duplicates.inc({ queue: queue.name }, 0);

  // Retries and parking must be confirmed by the broker before the original is acked.
  const publisher: Publisher = rabbit.createPublisher({ confirm: true, maxAttempts: 3 });

  const forward = (message: AsyncMessage, routingKey: string, headers: Record<string, unknown>) =>
    publisher.send(
      {
        exchange: "",
        routingKey,
        messageId: message.messageId,
        contentType: message.contentType,
        contentEncoding: message.contentEncoding,
        type: message.type,
        durable: true,
        headers: { ...message.headers, ...headers },
      },
      message.body,
    );

  const park = (message: AsyncMessage, reason: string, attempts: number) =>
    forward(message, queue.deadQueue, {
      [parkedHeaders.reason]: reason,
      [parkedHeaders.parkedAt]: new Date().toISOString(),
      [parkedHeaders.attempts]: attempts,
      [parkedHeaders.originalExchange]: message.exchange,
      [parkedHeaders.originalRoutingKey]: message.routingKey,
    });

  async function settle(message: AsyncMessage): Promise<MessageOutcome> {
    const attempt = deliveryAttempt(message.headers, queue.name);
    const messageLogger = logger.child({
      messageId: message.messageId,
      routingKey: message.routingKey,
      attempt,
    });
    if (!message.messageId) {
      await park(message, "malformed: the message has no messageId", attempt);
      messageLogger.warn("parked a message without messageId");
      return "malformed";
    }
    const parsed = schema.safeParse(decodedBody(message));
    if (!parsed.success) {
      const reason = `malformed: ${describeIssues(parsed.error)}`;
      await park(message, reason, attempt);
      messageLogger.warn({ reason }, "parked a malformed message");
      return "malformed";
    }
    const stopTimer = metrics?.handlerSeconds.startTimer({ queue: queue.name });
    try {
      await handle(parsed.data, {
        messageId: message.messageId,
        routingKey: message.routingKey,
        attempt,
        logger: messageLogger,
        skippedAsDuplicate: () => metrics?.duplicates.inc({ queue: queue.name }),
      });
      messageLogger.debug("handled");
      return "handled";
    } catch (error) {
      const step = stepAfterFailure(queue, attempt);
      const reason = error instanceof Error ? error.message : String(error);
      if (step.action === "retry") {
        await forward(message, step.delayQueue, {});
        messageLogger.warn({ err: error, retryInMs: step.delayMs }, "handler failed; retrying later");
        return "retried";
      }
      await park(
        message,
        `gave up after ${attempt} ${attempt === 1 ? "attempt" : "attempts"}: ${reason}`,
        attempt,
      );
      messageLogger.error({ err: error }, "handler failed on its last attempt; parked");
      return "parked";
    } finally {
      stopTimer?.();
    }
  }

  let consuming = false;
  const consumer = rabbit.createConsumer(
    {
      queue: queue.name,
      queueOptions: { passive: true },
      concurrency: options.concurrency,
      qos: { prefetchCount: options.prefetch },
      // Only a failed retry/park publish throws out of the handler: the broker will redeliver.
      requeue: true,
    },
    async (message) => {
      try {
        count(await settle(message));
        return ConsumerStatus.ACK;
      } catch (error) {
        count("requeued");
        logger.error({ err: error, messageId: message.messageId }, "could not settle the message; requeued");
        return ConsumerStatus.REQUEUE;
      }
    },
  );
  consumer.on("ready", () => {
    consuming = true;
    logger.info({ concurrency: options.concurrency, prefetch: options.prefetch }, "consuming");
  });
  consumer.on("error", (error: unknown) => {
    consuming = false;
    logger.warn({ err: error }, "consumer channel failed; it retries by itself");
  });

  return {
    get ready() {
      return rabbit.ready && consuming;
    },
    async close() {
      consuming = false;
      await consumer.close();
      await publisher.close();
      logger.info("consumer closed");
    },
  };
}
