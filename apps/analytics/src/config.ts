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
    activityPartitions: {
      monthsAhead: parsed.ANALYTICS_PARTITIONS_AHEAD,
      retentionMonths: parsed.ANALYTICS_RETENTION_MONTHS,
    },
    amqp: {
      url: parsed.AMQP_URL,
      namespace: parsed.AMQP_NAMESPACE,
      prefetch: parsed.AMQP_PREFETCH,
      concurrency: parsed.AMQP_CONCURRENCY,
    },
  };
}
