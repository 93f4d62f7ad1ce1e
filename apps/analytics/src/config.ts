import { databaseConfigShape } from "@momentum/db";
import { logLevelField, parseEnv, portField, rabbitEnvSchema } from "@momentum/platform";
import { z } from "zod";

const analyticsEnvSchema = z
  .object({
    LOG_LEVEL: logLevelField,
    ANALYTICS_PORT: portField(4002),
    ANALYTICS_DATABASE_URL: databaseConfigShape.ANALYTICS_DATABASE_URL,
    DATABASE_STATEMENT_TIMEOUT_MS: databaseConfigShape.DATABASE_STATEMENT_TIMEOUT_MS,
  })
  .extend(rabbitEnvSchema.shape);

export type AnalyticsConfig = ReturnType<typeof loadAnalyticsConfig>;

/** Reads and validates the analytics worker's environment once, at start-up. */
export function loadAnalyticsConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv(analyticsEnvSchema, env);
  return {
    logLevel: parsed.LOG_LEVEL,
    port: parsed.ANALYTICS_PORT,
    analyticsDatabaseUrl: parsed.ANALYTICS_DATABASE_URL,
    databaseLimits: { statementTimeoutMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS },
    amqp: {
      url: parsed.AMQP_URL,
      namespace: parsed.AMQP_NAMESPACE,
      prefetch: parsed.AMQP_PREFETCH,
      concurrency: parsed.AMQP_CONCURRENCY,
    },
  };
}
