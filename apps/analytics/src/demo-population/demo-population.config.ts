import { databaseConfigShape, loadDemoDataWanted } from "@momentum/db";
import { parseEnv } from "@momentum/platform";
import { z } from "zod";

const demoPopulationEnvSchema = z.object(databaseConfigShape);

export type DemoPopulationConfig = ReturnType<typeof loadDemoPopulationConfig>;

/** What `demo:population` reads: both databases, and whether demo data is wanted (as for the demo accounts). */
export function loadDemoPopulationConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv(demoPopulationEnvSchema, env);
  return {
    demoDataWanted: loadDemoDataWanted(env),
    databaseUrl: parsed.DATABASE_URL,
    analyticsDatabaseUrl: parsed.ANALYTICS_DATABASE_URL,
    databaseLimits: { statementTimeoutMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS },
  };
}
