import { databaseConfigShape } from "@momentum/db";
import {
  housekeepingConfigOf,
  housekeepingEnvSchema,
  logLevelField,
  nodeEnvField,
  parseEnv,
  portField,
  rabbitEnvSchema,
} from "@momentum/platform";
import { z } from "zod";

const notifierEnvSchema = z
  .object({
    NODE_ENV: nodeEnvField,
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
    /** smtp://user:password@host:587 or smtps://…; without it e-mails are recorded, not sent. */
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" }).optional(),
    /** The sender of every e-mail, e.g. `Momentum <no-reply@example.com>`. */
    MAIL_FROM: z.string().min(3).optional(),
    /** Where a reset link points (the app's deep link or web page); the token is added as `?token=`. */
    PASSWORD_RESET_URL: z.url().optional(),
  })
  .extend(rabbitEnvSchema.shape)
  .extend(housekeepingEnvSchema.shape)
  .superRefine((env, context) => {
    if (env.NODE_ENV !== "production") return;
    for (const name of ["SMTP_URL", "MAIL_FROM", "PASSWORD_RESET_URL"] as const) {
      if (env[name] === undefined) {
        context.addIssue({
          code: "custom",
          path: [name],
          message: "is required in production (development and test record e-mails instead)",
        });
      }
    }
    // Without credentials pushes would only be recorded: a production notifier must really send them.
    if (env.FIREBASE_SERVICE_ACCOUNT_JSON === undefined && env.GOOGLE_APPLICATION_CREDENTIALS === undefined) {
      context.addIssue({
        code: "custom",
        path: ["FIREBASE_SERVICE_ACCOUNT_JSON"],
        message:
          "or GOOGLE_APPLICATION_CREDENTIALS is required in production (development and test record pushes instead)",
      });
    }
  });

/** What development and test use where production must say. */
const developmentMail = {
  from: "Momentum <no-reply@momentum.invalid>",
  passwordResetUrl: "momentum://reset-password",
};

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
    mail: {
      /** Without it the notifier uses the recording gateway: it logs and records e-mails instead of sending. */
      smtpUrl: parsed.SMTP_URL,
      from: parsed.MAIL_FROM ?? developmentMail.from,
      passwordResetUrl: parsed.PASSWORD_RESET_URL ?? developmentMail.passwordResetUrl,
    },
    housekeeping: housekeepingConfigOf(parsed),
    amqp: {
      url: parsed.AMQP_URL,
      namespace: parsed.AMQP_NAMESPACE,
      prefetch: parsed.AMQP_PREFETCH,
      concurrency: parsed.AMQP_CONCURRENCY,
    },
  };
}
