import { type AddressInfo } from "node:net";
import { openAnalyticsOrm, openMainOrm } from "@momentum/db";
import {
  AccessTokens,
  messagingTopology,
  outgoingMessageOf,
  prepareDataExports,
  purgeTrash,
  processImportJobs,
  registerDomainReactions,
  SlidingWindowLimiter,
} from "@momentum/domain";
import {
  closeHttpServer,
  connectRabbit,
  connectRedis,
  createMetricsRegistry,
  declareTopology,
  type Logger,
  redisReady,
  startHealthServer,
  startOutboxRelay,
  startRecurringJob,
  systemClock,
  type Clock,
} from "@momentum/platform";
import { type ApiConfig } from "./config";
import { type ApiDependencies } from "./dependencies";
import { coreReadinessChecks, createApiServer } from "./http/api-server";
import { startReminderScheduler } from "./reminders/reminder-scheduler";

export interface RunningApi {
  deps: ApiDependencies;
  port: number;
  url: string;
  /** Where /healthz, /readyz and /metrics answer (METRICS_PORT). */
  metricsUrl: string;
  stop(): Promise<void>;
}

export interface ApiOptions {
  /** The system clock unless a test sets the time. */
  clock?: Clock;
}

/**
 * Registers the domain's reactions, opens every connection, starts the outbox relay, the reminder
 * scheduler, the data-export job, the trash purge and the import job and listens; `stop` undoes it in
 * reverse order.
 */
export async function startApi(
  config: ApiConfig,
  logger: Logger,
  options: ApiOptions = {},
): Promise<RunningApi> {
  registerDomainReactions();
  const orm = await openMainOrm(config.databaseUrl, config.databaseLimits);
  const analyticsOrm = await openAnalyticsOrm(config.analyticsDatabaseUrl, config.databaseLimits);
  const redis = connectRedis(config.redis, logger);
  await redisReady(redis);
  const rabbit = connectRabbit(config.amqp.url, logger, { connectionName: "momentum-api" });
  const clock = options.clock ?? systemClock;
  const limiter = new SlidingWindowLimiter(redis, { clock, logger });
  const deps: ApiDependencies = {
    config,
    orm,
    analyticsOrm,
    redis,
    accessTokens: new AccessTokens(config.accessTokens),
    limiter,
    passwordThrottle: { limiter, rules: config.rateLimits },
    logger,
    rabbit,
    metrics: createMetricsRegistry("api"),
    clock,
  };

  const topology = messagingTopology(config.amqp.namespace);
  // Declared up front so staff tools find the queues at once; a broker that is away must not stop the API
  // from serving (events wait in the outbox), and the relay's publisher declares the layout again anyway.
  await declareTopology(rabbit, topology).catch((error: unknown) =>
    logger.warn(
      { err: error },
      "broker unavailable at start-up; the relay declares the topology once it is back",
    ),
  );
  const relay = startOutboxRelay({
    orm,
    databaseUrl: config.databaseUrl,
    rabbit,
    logger,
    topology,
    route: (row) => outgoingMessageOf(row, topology),
    pollIntervalMs: config.outboxPollMs,
    metrics: deps.metrics,
  });
  const reminders = config.reminders.enabled
    ? startReminderScheduler({
        orm,
        logger,
        pollIntervalMs: config.reminders.pollIntervalMs,
        metrics: deps.metrics,
        clock: deps.clock,
      })
    : undefined;
  const dataExports = startRecurringJob(
    {
      name: "data-exports",
      intervalMs: config.dataExportPollMs,
      run: () => prepareDataExports(orm.em, analyticsOrm.em, clock.now()),
    },
    logger,
  );
  const trashPurge = startRecurringJob(
    { name: "trash-purge", intervalMs: config.trashPurgePollMs, run: () => purgeTrash(orm.em, clock.now()) },
    logger,
  );
  const imports = startRecurringJob(
    {
      name: "imports",
      intervalMs: config.imports.pollIntervalMs,
      run: (signal) => processImportJobs({ em: orm.em, redis, logger, now: () => clock.now() }, signal),
    },
    logger,
  );
  let stopping = false;
  const probes = await startHealthServer({
    port: config.metricsPort,
    logger,
    registry: deps.metrics,
    checks: { ...coreReadinessChecks(deps), rabbitmq: () => rabbit.ready },
    isStopping: () => stopping,
  });
  const server = createApiServer(deps);
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, metricsPort: probes.port }, "api listening");

  return {
    deps,
    port,
    url: `http://127.0.0.1:${port}`,
    metricsUrl: `http://127.0.0.1:${probes.port}`,
    async stop() {
      stopping = true;
      await closeHttpServer(server, config.shutdownGraceMs, logger);
      // Last to go: /readyz says "stopping" for as long as requests are still being answered.
      await probes.close();
      await reminders?.stop();
      await imports.stop();
      await trashPurge.stop();
      await dataExports.stop();
      await relay.stop();
      await rabbit.close();
      redis.disconnect();
      await analyticsOrm.close();
      await orm.close();
    },
  };
}
