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

const notifierEnvSchema = z
  .object({
    LOG_LEVEL: logLevelField,
    NOTIFIER_PORT: portField(4001),
    DATABASE_URL: databaseConfigShape.DATABASE_URL,
    DATABASE_STATEMENT_TIMEOUT_MS: databaseConfigShape.DATABASE_STATEMENT_TIMEOUT_MS,
    /** A Firebase service account as JSON text; takes precedence over GOOGLE_APPLICATION_CREDENTIALS. */
    FIREBASE_SERVICE_ACCOUNT_JSON: z
      .string()
      .refine(
        (text) => {
          try {
            return typeof JSON.parse(text) === "object";
          } catch {
            return false;
          }
        },
        { message: "must be the service account's JSON" },
      )
      .optional(),
    /** Path of a service account file, Google's usual variable. */
    GOOGLE_APPLICATION_CREDENTIALS: z.string().min(1).optional(),
  })
  .extend(rabbitEnvSchema.shape)
  .extend(housekeepingEnvSchema.shape);

export type FirebaseCredentials = { serviceAccountJson: string } | { credentialsPath: string };

export type NotifierConfig = ReturnType<typeof loadNotifierConfig>;

/** Reads and validates the notifier's environment once, at start-up. */
export function loadNotifierConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv(notifierEnvSchema, env);
  const firebase: FirebaseCredentials | undefined = parsed.FIREBASE_SERVICE_ACCOUNT_JSON
    ? { serviceAccountJson: parsed.FIREBASE_SERVICE_ACCOUNT_JSON }
    : parsed.GOOGLE_APPLICATION_CREDENTIALS
      ? { credentialsPath: parsed.GOOGLE_APPLICATION_CREDENTIALS }
      : undefined;
  return {
    logLevel: parsed.LOG_LEVEL,
    port: parsed.NOTIFIER_PORT,
    databaseUrl: parsed.DATABASE_URL,
    databaseLimits: { statementTimeoutMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS },
    /** Without credentials the notifier uses the recording gateway: it logs pushes instead of sending them. */
    firebase,
    housekeeping: housekeepingConfigOf(parsed),
    amqp: {
      url: parsed.AMQP_URL,
      namespace: parsed.AMQP_NAMESPACE,
      prefetch: parsed.AMQP_PREFETCH,
      concurrency: parsed.AMQP_CONCURRENCY,
    },
  };
}
