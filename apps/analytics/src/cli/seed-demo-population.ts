import "@momentum/node-runtime/check";
import "reflect-metadata";
import { openAnalyticsOrm, openMainOrm } from "@momentum/db";
import { exitOnStartupFailure } from "@momentum/platform";
import { loadDemoPopulationConfig } from "../demo-population/demo-population.config";
import { seedDemoPopulation } from "../demo-population/seed-demo-population";

/**
 * `npm run demo:population -w @momentum/analytics`: seeds the synthetic demo population into both
 * databases (`npm start` runs it right after seeding the demo accounts). Only where demo data is wanted,
 * as for the demo accounts; running it again changes nothing.
 */
async function main(): Promise<void> {
  const config = loadDemoPopulationConfig();
  if (!config.demoDataWanted) {
    process.stdout.write(
      "demo population: not seeded; demo data is for development (NODE_ENV=development or SEED_DEMO_DATA=true)\n",
    );
    return;
  }
  const main = await openMainOrm(config.databaseUrl, config.databaseLimits);
  try {
    const analytics = await openAnalyticsOrm(config.analyticsDatabaseUrl, config.databaseLimits);
    try {
      const started = performance.now();
      const seeded = await seedDemoPopulation(main.em.fork(), analytics.em.fork(), { now: new Date() });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `demo population: ${seeded.users} users; main database ${
          seeded.mainRows ? `${seeded.mainRows} rows written` : "already had them"
        }; analytics ${seeded.events ? `${seeded.events} events ingested` : "already had their activity"} (${seconds} s)\n`,
      );
    } finally {
      await analytics.close();
    }
  } finally {
    await main.close();
  }
}

main().catch(exitOnStartupFailure);
