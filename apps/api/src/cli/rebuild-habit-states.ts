import "@momentum/node-runtime/check";
import "reflect-metadata";
import { openMainOrm } from "@momentum/db";
import { rebuildHabitStates } from "@momentum/domain";
import { ConfigError } from "@momentum/platform";
import { loadApiConfig } from "../config";

/**
 * `npm run habits:rebuild`: works out every habit's counters, streak checkpoint and streak rows again
 * from its logs, in batches. Run it after the migration that added checkpoints (until then reads walk
 * each habit's whole history), after seeding, and after a change of the streak rules.
 */
async function main(): Promise<void> {
  const config = loadApiConfig();
  const orm = await openMainOrm(config.databaseUrl);
  try {
    const rebuilt = await rebuildHabitStates(orm.em.fork());
    process.stdout.write(`habits: ${rebuilt} rebuilt\n`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
