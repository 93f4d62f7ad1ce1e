import "@momentum/node-runtime/check";
import "reflect-metadata";
import { openAnalyticsOrm } from "@momentum/db";
import { exitOnStartupFailure } from "@momentum/platform";
import { loadAnalyticsConfig } from "../config";
import { rebuildProductivityMetrics } from "../productivity/rebuild-productivity-metrics";

/** `npm run productivity:rebuild -w @momentum/analytics`: recomputes every daily metric from the activity rows. */
async function main(): Promise<void> {
  const config = loadAnalyticsConfig();
  const orm = await openAnalyticsOrm(config.analyticsDatabaseUrl, config.databaseLimits);
  try {
    const written = await rebuildProductivityMetrics(orm.em.fork());
    process.stdout.write(`productivity metrics: ${written} user-days recomputed\n`);
  } finally {
    await orm.close();
  }
}

main().catch(exitOnStartupFailure);
