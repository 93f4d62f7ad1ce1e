import "@momentum/node-runtime/check";
import "reflect-metadata";
import { openMainOrm } from "@momentum/db";
import { backfillAchievements } from "@momentum/domain";
import { ConfigError } from "@momentum/platform";
import { loadApiConfig } from "../config";

/** `npm run achievements:backfill`: awards what users already qualify for (run after seeding or a catalogue change). */
async function main(): Promise<void> {
  const config = loadApiConfig();
  const orm = await openMainOrm(config.databaseUrl, config.databaseLimits);
  try {
    const awarded = await backfillAchievements(orm.em.fork());
    process.stdout.write(`achievements: ${awarded} awarded\n`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
