import "@momentum/node-runtime/check";
import "reflect-metadata";
import { openAnalyticsOrm } from "@momentum/db";
import { exitOnStartupFailure } from "@momentum/platform";
import { loadAnalyticsConfig } from "../config";
import { rebuildDailyRollups } from "../reports/rebuild-daily-rollups";

/** `npm run reports:rebuild -w @momentum/analytics`: rewrites the reports' daily rollups from the activity rows. */
async function main(): Promise<void> {
  const config = loadAnalyticsConfig();
  // A rebuild reads every row: no statement timeout meant for the live worker's small statements.
  const orm = await openAnalyticsOrm(config.analyticsDatabaseUrl, { statementTimeoutMs: 0 });
  try {
    const written = await rebuildDailyRollups(orm.em.fork());
    process.stdout.write(`report rollups: ${written} user-days rewritten\n`);
  } finally {
    await orm.close();
  }
}

main().catch(exitOnStartupFailure);
