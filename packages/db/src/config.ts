import { z } from "zod";

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" });

/** Database settings; apps spread this shape into their own configuration schema. */
export const databaseConfigShape = {
  DATABASE_URL: postgresUrl.default("postgres://postgres@127.0.0.1:5432/momentum"),
  ANALYTICS_DATABASE_URL: postgresUrl.default("postgres://postgres@127.0.0.1:5432/momentum_analytics"),
};

export const databaseConfigSchema = z.object(databaseConfigShape);

export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

/** For this package's own entry points (CLI, test setup); apps compose the shape instead. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const parsed = databaseConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid database configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
