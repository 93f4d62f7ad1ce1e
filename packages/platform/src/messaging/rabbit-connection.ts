import { Connection } from "rabbitmq-client";
import { z } from "zod";
import { urlField } from "../config/env-fields";
import { type Logger } from "../observability/logger";

export const rabbitEnvSchema = z.object({
  AMQP_URL: urlField(["amqp", "amqps"], "amqp://guest:guest@127.0.0.1:5672"),
  /** Prefix of every exchange and queue name: separates environments and test runs sharing one broker. */
  AMQP_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "lower-case letters, digits, _ and - only")
    .default("momentum"),
  /** Messages the broker hands a consumer before it acks; about twice the concurrency keeps it busy. */
  AMQP_PREFETCH: z.coerce.number().int().min(1).max(1000).default(20),
  /** Messages a consumer handles at once. */
  AMQP_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(10),
});

export type RabbitEnv = z.infer<typeof rabbitEnvSchema>;

export { Connection as RabbitConnection };

/**
 * Opens the one connection a process shares between its publishers and consumers. It reconnects
 * by itself; the short backoff ceiling resumes within about a second after the broker returns.
 */
export function connectRabbit(
  url: string,
  logger: Logger,
  options: { connectionName?: string } = {},
): Connection {
  const rabbit = new Connection({
    url,
    connectionName: options.connectionName,
    retryLow: 250,
    retryHigh: 2_000,
    // A publish waits at most this long for a channel while the broker is away, then fails.
    acquireTimeout: 10_000,
    heartbeat: 15,
  });
  rabbit.on("error", (error: unknown) => logger.warn({ err: error }, "rabbitmq connection error"));
  rabbit.on("connection", () => logger.info("rabbitmq connected"));
  rabbit.on("connection.blocked", (reason: string) =>
    logger.warn({ reason }, "rabbitmq blocked the connection"),
  );
  rabbit.on("connection.unblocked", () => logger.info("rabbitmq unblocked the connection"));
  return rabbit;
}
