import { databaseConfigShape } from "@momentum/db";
import {
  housekeepingConfigOf,
  housekeepingEnvSchema,
  logLevelField,
  parseEnv,
  portField,
  rabbitEnvSchema,
} from "@momentum/platform";
import { z } from "zod";

const analyticsEnvSchema = z
  .object({
    LOG_LEVEL: logLevelField,
    ANALYTICS_PORT: portField(4002),
    ANALYTICS_DATABASE_URL: databaseConfigShape.ANALYTICS_DATABASE_URL,
    DATABASE_STATEMENT_TIMEOUT_MS: databaseConfigShape.DATABASE_STATEMENT_TIMEOUT_MS,
    /** Months of user_activity kept before the current one; whole older months are dropped. */
    ANALYTICS_RETENTION_MONTHS: z.coerce.number().int().min(1).default(25),
    /** Most events ingested in one transaction; the consumer takes up to twice as many at once. */
    ANALYTICS_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(500),
    /** Monthly partitions kept ready ahead of the current month. */
    ANALYTICS_PARTITIONS_AHEAD: z.coerce.number().int().min(1).max(24).default(3),
  })
  .extend(rabbitEnvSchema.shape)
  .extend(housekeepingEnvSchema.shape);

export type AnalyticsConfig = ReturnType<typeof loadAnalyticsConfig>;

/** Reads and validates the analytics worker's environment once, at start-up. */
export function loadAnalyticsConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv(analyticsEnvSchema, env);
  return {
    logLevel: parsed.LOG_LEVEL,
    port: parsed.ANALYTICS_PORT,
    analyticsDatabaseUrl: parsed.ANALYTICS_DATABASE_URL,
    databaseLimits: { statementTimeoutMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS },
    housekeeping: housekeepingConfigOf(parsed),
    batchSize: parsed.ANALYTICS_BATCH_SIZE,
    activityPartitions: {
      monthsAhead: parsed.ANALYTICS_PARTITIONS_AHEAD,
      retentionMonths: parsed.ANALYTICS_RETENTION_MONTHS,
    },
    amqp: {
      url: parsed.AMQP_URL,
      namespace: parsed.AMQP_NAMESPACE,
      // One batch is ingested while the next one gathers: enough messages in hand for both.
      prefetch: Math.max(parsed.AMQP_PREFETCH, 2 * parsed.ANALYTICS_BATCH_SIZE),
      concurrency: Math.max(parsed.AMQP_CONCURRENCY, 2 * parsed.ANALYTICS_BATCH_SIZE),
    },
  };
}
