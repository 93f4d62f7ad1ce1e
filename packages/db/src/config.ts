import { z } from "zod";

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" });

/** Database settings; apps spread this shape into their own configuration schema. */
export const databaseConfigShape = {
  DATABASE_URL: postgresUrl.default("postgres://postgres@127.0.0.1:5432/momentum"),
  ANALYTICS_DATABASE_URL: postgresUrl.default("postgres://postgres@127.0.0.1:5432/momentum_analytics"),
  /** PostgreSQL cancels a statement running longer (0: never; migrations always run without a limit). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
};

export const databaseConfigSchema = z.object(databaseConfigShape);

export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

/** Where the two databases are: all that setup and the CLI need. */
export type DatabaseUrls = Pick<DatabaseConfig, "DATABASE_URL" | "ANALYTICS_DATABASE_URL">;

/** For this package's own entry points (CLI, test setup); apps compose the shape instead. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const parsed = databaseConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid database configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

const demoDataEnvSchema = z.object({
  /** As the apps read it: unset means production. */
  NODE_ENV: z.enum(["development", "test", "production"]).default("production"),
  SEED_DEMO_DATA: z.stringbool().optional(),
});

/**
 * Whether database setup seeds the demo accounts, whose passwords the README publishes: in development,
 * or where SEED_DEMO_DATA=true asks for them, never by default (SEED_DEMO_DATA=false refuses them anywhere).
 */
export function loadDemoDataWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const parsed = demoDataEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid database setup configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.SEED_DEMO_DATA ?? parsed.data.NODE_ENV === "development";
}
