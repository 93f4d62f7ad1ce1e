import { databaseConfigShape } from "@momentum/db";
import { DEFAULT_IMPORT_MAX_CONTENT_BYTES, rateLimitEnvSchema, rateLimitRulesFrom } from "@momentum/domain";
import {
  addressRanges,
  type ForwardedTrust,
  logLevelField,
  nodeEnvField,
  parseEnv,
  portField,
  rabbitEnvSchema,
  redisEnvSchema,
  shutdownEnvSchema,
  urlField,
} from "@momentum/platform";
import { z } from "zod";

/**
 * Published in this repository, so usable only where NODE_ENV says development or test: anywhere else
 * the API refuses to start without keys of its own, and refuses these as keys.
 */
const developmentKeys = {
  JWT_SECRET: "momentum-development-secret-change-me-0123456789",
  REFRESH_TOKEN_KEY: "momentum-development-refresh-rotation-key-0123456789",
  DASHBOARD_PROXY_SECRET: "momentum-development-dashboard-proxy-secret-0123456789",
} as const;

const secretNames = ["JWT_SECRET", "REFRESH_TOKEN_KEY", "DASHBOARD_PROXY_SECRET"] as const;

const secretKey = z.string().min(32, "must be at least 32 characters").optional();

const apiEnvSchema = z
  .object({
    NODE_ENV: nodeEnvField,
    LOG_LEVEL: logLevelField,
    API_PORT: portField(4000),
    /** /healthz, /readyz and /metrics: an internal port, never published with the API's. */
    METRICS_PORT: portField(9464),
    ADMIN_ORIGIN: urlField(["http", "https"], "http://localhost:3000"),
    /** Signs access tokens. */
    JWT_SECRET: secretKey,
    /** Derives each refresh token's successor: a key of its own, so one leaked key is not both. */
    REFRESH_TOKEN_KEY: secretKey,
    JWT_ISSUER: z.string().min(1).default("momentum-api"),
    JWT_AUDIENCE: z.string().min(1).default("momentum-mobile"),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** However often it is refreshed, a session ends this long after sign-in. */
    SESSION_MAX_LIFETIME_DAYS: z.coerce.number().int().min(1).max(365).default(90),
    REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
    STAFF_SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /** How often due task and habit reminders are looked for. */
    REMINDER_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
    /** Off for an instance that should only serve requests; any number of instances may send reminders. */
    REMINDERS_ENABLED: z.stringbool().default(true),
    /** The pause between rounds of the data-export job (prepares archives, deletes unfetched ones). */
    DATA_EXPORT_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
    /** The pause between rounds of the trash purge (deletes for good the tasks deleted over 30 days ago). */
    TRASH_PURGE_POLL_MS: z.coerce.number().int().min(50).max(86_400_000).default(3_600_000),
    /** The pause between rounds of the import job (takes up queued imports, and those whose worker died). */
    IMPORT_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
    /**
     * A larger startImport content is refused (BAD_USER_INPUT). A signed-in GraphQL request's body may
     * carry it: see signedInMaxRequestBodyBytes.
     */
    IMPORT_MAX_CONTENT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(DEFAULT_IMPORT_MAX_CONTENT_BYTES)
      .default(DEFAULT_IMPORT_MAX_CONTENT_BYTES),
    /** Same as TRUSTED_PROXY_HOPS=1 (one reverse proxy in front); kept for existing deployments. */
    TRUST_PROXY: z.stringbool().default(false),
    /**
     * How many reverse proxies in front of the API append to X-Forwarded-For: the client address is the
     * entry that many from the right. 0 (the default) ignores the header, which the client can write.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
    /** Instead of a count: the proxies' addresses or ranges (comma-separated, e.g. 10.0.0.0/8,fd00::/8). */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((value, context) => {
        const ranges = (value ?? "")
          .split(",")
          .map((range) => range.trim())
          .filter((range) => range !== "");
        try {
          return ranges.length === 0 ? undefined : { ranges, list: addressRanges(ranges) };
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message });
          return z.NEVER;
        }
      }),
    /**
     * Shared with the dashboard, which sends it with the address of the staff member's browser: only a
     * request carrying it may name the client address (the dashboard's own address is every staff member's).
     */
    DASHBOARD_PROXY_SECRET: secretKey,
    /** Idempotency keys one user may hold at a time (each lives 24 hours); past it, RATE_LIMITED. */
    IDEMPOTENCY_KEYS_PER_USER: z.coerce.number().int().min(1).max(100_000).default(500),
    /** A larger answer is not kept: a retry with its key is told so (CONFLICT) rather than run again. */
    IDEMPOTENCY_MAX_ANSWER_BYTES: z.coerce.number().int().min(1024).max(1_000_000).default(32_768),
    /** Larger request bodies are refused before parsing (a signed-in GraphQL request may send more). */
    MAX_REQUEST_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
  })
  .extend(rateLimitEnvSchema.shape)
  .extend(databaseConfigShape)
  .extend(redisEnvSchema.shape)
  .extend(rabbitEnvSchema.shape)
  .extend(shutdownEnvSchema.shape)
  .superRefine((env, context) => {
    const development = env.NODE_ENV === "development" || env.NODE_ENV === "test";
    for (const name of secretNames) {
      const value = env[name];
      if (value === undefined && !development) {
        context.addIssue({
          code: "custom",
          path: [name],
          message:
            "is required (only NODE_ENV=development or test may run on the published development keys)",
        });
      }
      if (value !== undefined && Object.values(developmentKeys).includes(value as never)) {
        context.addIssue({ code: "custom", path: [name], message: "is a published development key" });
      }
    }
    if (env.TRUSTED_PROXIES !== undefined && (env.TRUSTED_PROXY_HOPS !== undefined || env.TRUST_PROXY)) {
      context.addIssue({
        code: "custom",
        path: ["TRUSTED_PROXIES"],
        message: "choose either TRUSTED_PROXIES or TRUSTED_PROXY_HOPS / TRUST_PROXY",
      });
    }
    if (env.JWT_SECRET !== undefined && env.JWT_SECRET === env.REFRESH_TOKEN_KEY) {
      context.addIssue({
        code: "custom",
        path: ["REFRESH_TOKEN_KEY"],
        message: "must differ from JWT_SECRET",
      });
    }
  });

export type ApiConfig = ReturnType<typeof loadApiConfig>;

/** Whom to believe about the client address: TRUSTED_PROXIES, else TRUSTED_PROXY_HOPS, else TRUST_PROXY as one hop. */
function forwardedTrustOf(env: z.infer<typeof apiEnvSchema>): ForwardedTrust {
  if (env.TRUSTED_PROXIES) return { proxies: env.TRUSTED_PROXIES.list };
  return { hops: env.TRUSTED_PROXY_HOPS ?? (env.TRUST_PROXY ? 1 : 0) };
}

/** Reads and validates the API's environment once, at start-up. */
export function loadApiConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv(apiEnvSchema, env);
  return {
    nodeEnv: parsed.NODE_ENV,
    isProduction: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    port: parsed.API_PORT,
    metricsPort: parsed.METRICS_PORT,
    adminOrigin: parsed.ADMIN_ORIGIN,
    databaseUrl: parsed.DATABASE_URL,
    analyticsDatabaseUrl: parsed.ANALYTICS_DATABASE_URL,
    databaseLimits: { statementTimeoutMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS },
    redis: { url: parsed.REDIS_URL, keyPrefix: parsed.REDIS_KEY_PREFIX },
    amqp: { url: parsed.AMQP_URL, namespace: parsed.AMQP_NAMESPACE },
    accessTokens: {
      secret: parsed.JWT_SECRET ?? developmentKeys.JWT_SECRET,
      issuer: parsed.JWT_ISSUER,
      audience: parsed.JWT_AUDIENCE,
      ttlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    },
    refreshTokenTtlDays: parsed.REFRESH_TOKEN_TTL_DAYS,
    sessionMaxLifetimeDays: parsed.SESSION_MAX_LIFETIME_DAYS,
    refreshGraceSeconds: parsed.REFRESH_GRACE_SECONDS,
    refreshRotationKey: parsed.REFRESH_TOKEN_KEY ?? developmentKeys.REFRESH_TOKEN_KEY,
    bcryptCost: parsed.BCRYPT_COST,
    staffSessionTtlDays: parsed.STAFF_SESSION_TTL_DAYS,
    outboxPollMs: parsed.OUTBOX_POLL_MS,
    reminders: { enabled: parsed.REMINDERS_ENABLED, pollIntervalMs: parsed.REMINDER_POLL_MS },
    dataExportPollMs: parsed.DATA_EXPORT_POLL_MS,
    trashPurgePollMs: parsed.TRASH_PURGE_POLL_MS,
    imports: { pollIntervalMs: parsed.IMPORT_POLL_MS, maxContentBytes: parsed.IMPORT_MAX_CONTENT_BYTES },
    forwardedTrust: forwardedTrustOf(parsed),
    dashboardProxySecret: parsed.DASHBOARD_PROXY_SECRET ?? developmentKeys.DASHBOARD_PROXY_SECRET,
    maxRequestBodyBytes: parsed.MAX_REQUEST_BODY_BYTES,
    signedInMaxRequestBodyBytes: signedInMaxRequestBodyBytes(
      parsed.MAX_REQUEST_BODY_BYTES,
      parsed.IMPORT_MAX_CONTENT_BYTES,
    ),
    shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS,
    rateLimits: rateLimitRulesFrom(parsed),
    idempotency: {
      keysPerUser: parsed.IDEMPOTENCY_KEYS_PER_USER,
      maxAnswerBytes: parsed.IDEMPOTENCY_MAX_ANSWER_BYTES,
    },
  };
}

/**
 * The body a GraphQL request with a valid access token may send: room for an import's content, written
 * into the request's JSON (a third more for escaping, as base64 makes of a zip, and a margin for the
 * query), and never less than MAX_REQUEST_BODY_BYTES.
 */
export const signedInMaxRequestBodyBytes = (maxRequestBodyBytes: number, importMaxContentBytes: number) =>
  Math.max(maxRequestBodyBytes, Math.ceil((importMaxContentBytes * 4) / 3) + 64 * 1024);
