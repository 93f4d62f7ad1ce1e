import { type z } from "zod";
import { startHealthServer } from "../health/health-server";
import { type ReadinessCheck } from "../health/readiness";
import { type BrokerTopology, type ConsumerQueue } from "../messaging/broker-topology";
import { connectRabbit } from "../messaging/rabbit-connection";
import { type ConsumerContext } from "../messaging/start-consumer";
import { startConsumerWhenReachable } from "../messaging/start-consumer-when-reachable";
import { type RecurringJob, startRecurringJob } from "../lifecycle/recurring-job";
import { type Logger } from "../observability/logger";
import { createMetricsRegistry } from "../observability/metrics-registry";

export interface WorkerOptions<S extends z.ZodType> {
  /** Names the service in logs, metrics, the broker connection and processed messages. */
  name: string;
  logger: Logger;
  /** Port of /healthz, /readyz and /metrics; 0 picks a free one (tests). */
  healthPort: number;
  amqp: { url: string; concurrency: number; prefetch: number };
  /** Declared (waiting for the broker if need be) before the worker consumes `queue`. */
  topology: BrokerTopology;
  queue: ConsumerQueue;
  /** A body that fails it is parked at once with the reason. */
  schema: S;
  handle: (message: z.infer<S>, context: ConsumerContext) => Promise<unknown>;
  /** What /readyz checks besides the broker, e.g. the worker's database. */
  checks: Record<string, ReadinessCheck>;
  /** Housekeeping the worker runs beside its consumer (pruning, partitions), stopped before it. */
  recurring?: RecurringJob[];
  /** Closes what the worker opened itself (its database, a push gateway), after the broker. */
  close: () => Promise<void>;
}

export interface RunningWorker {
  healthPort: number;
  /**
   * Reports not ready at once, stops taking messages and lets those in flight finish and be acked,
   * then closes the broker, the probes and the worker's own resources.
   */
  stop(): Promise<void>;
}

/** A queue consumer process: one broker connection, one consumer, the probes, and an orderly stop. */
export async function startWorker<S extends z.ZodType>(options: WorkerOptions<S>): Promise<RunningWorker> {
  const { name, logger } = options;
  const rabbit = connectRabbit(options.amqp.url, logger, { connectionName: name });
  const registry = createMetricsRegistry(name);
  const consumer = startConsumerWhenReachable({
    rabbit,
    topology: options.topology,
    queue: options.queue,
    consumerName: name,
    concurrency: options.amqp.concurrency,
    prefetch: options.amqp.prefetch,
    schema: options.schema,
    logger,
    metrics: registry,
    handle: options.handle,
  });
  let stopping = false;
  const health = await startHealthServer({
    port: options.healthPort,
    logger,
    registry,
    checks: { broker: () => consumer.ready, ...options.checks },
    isStopping: () => stopping,
  }).catch(async (error: unknown) => {
    await consumer.close();
    await rabbit.close();
    throw error;
  });

  const jobs = (options.recurring ?? []).map((job) => startRecurringJob(job, logger));

  return {
    healthPort: health.port,
    async stop() {
      stopping = true;
      await Promise.all(jobs.map((job) => job.stop()));
      await consumer.close();
      await rabbit.close();
      await health.close();
      await options.close();
    },
  };
}
