import { type AddressInfo } from "node:net";
import { openAnalyticsOrm, openMainOrm } from "@momentum/db";
import {
  AccessTokens,
  connectRabbit,
  connectRedis,
  createMetricsRegistry,
  declareTopology,
  type Logger,
  messagingTopology,
  redisReady,
  SlidingWindowLimiter,
} from "@momentum/domain";
import { type ApiConfig } from "./config";
import { type ApiDependencies } from "./dependencies";
import { startOutboxRelay } from "./events/outbox-relay";
import { createApiServer } from "./http/api-server";
import { startReminderScheduler } from "./reminders/reminder-scheduler";

export interface RunningApi {
  deps: ApiDependencies;
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Opens every connection, starts the outbox relay and the reminder scheduler and listens; `stop` undoes it in reverse order. */
export async function startApi(config: ApiConfig, logger: Logger): Promise<RunningApi> {
  const orm = await openMainOrm(config.databaseUrl);
  const analyticsOrm = await openAnalyticsOrm(config.analyticsDatabaseUrl);
  const redis = connectRedis(config.redis, logger);
  await redisReady(redis);
  const rabbit = connectRabbit(config.amqp.url, logger, { connectionName: "momentum-api" });
  const deps: ApiDependencies = {
    config,
    orm,
    analyticsOrm,
    redis,
    accessTokens: new AccessTokens(config.accessTokens),
    limiter: new SlidingWindowLimiter(redis, logger),
    logger,
    rabbit,
    metrics: createMetricsRegistry("api"),
  };

  // Declared up front so staff tools find the queues at once; a broker that is away must not stop the API
  // from serving (events wait in the outbox), and the relay's publisher declares the layout again anyway.
  await declareTopology(rabbit, messagingTopology(config.amqp.namespace)).catch((error: unknown) =>
    logger.warn(
      { err: error },
      "broker unavailable at start-up; the relay declares the topology once it is back",
    ),
  );
  const relay = startOutboxRelay({
    orm,
    databaseUrl: config.databaseUrl,
    rabbit,
    logger: logger.child({ component: "outbox-relay" }),
    namespace: config.amqp.namespace,
    pollIntervalMs: config.outboxPollMs,
    metrics: deps.metrics,
  });
  const reminders = config.reminders.enabled
    ? startReminderScheduler({
        orm,
        logger,
        pollIntervalMs: config.reminders.pollIntervalMs,
        metrics: deps.metrics,
      })
    : undefined;
  const server = createApiServer(deps, [{ name: "rabbitmq", check: () => rabbit.ready }]);
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, "api listening");

  return {
    deps,
    port,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await reminders?.stop();
      await relay.stop();
      await rabbit.close();
      redis.disconnect();
      await analyticsOrm.close();
      await orm.close();
    },
  };
}
