import type { DatabaseUrls } from "./config";
import { createDatabaseIfMissing, databaseNameOf, migrateDatabase } from "./database-server";
import { User } from "./entities/user.entity";
import { openAnalyticsOrm, openMainOrm, type DatabaseName } from "./orm-options";
import { AchievementSeeder } from "./seeders/achievement.seeder";
import { AnalyticsDemoSeeder } from "./seeders/analytics-demo.seeder";
import { MainDatabaseSeeder } from "./seeders/main-database.seeder";

/** Receives one human-readable line per step. */
export type Report = (line: string) => void;

function urlOf(config: DatabaseUrls, database: DatabaseName): string {
  return database === "main" ? config.DATABASE_URL : config.ANALYTICS_DATABASE_URL;
}

const databases: DatabaseName[] = ["main", "analytics"];

export async function migrateDatabases(config: DatabaseUrls, report: Report): Promise<void> {
  for (const database of databases) {
    const url = urlOf(config, database);
    const applied = await migrateDatabase(database, url);
    report(
      applied.length
        ? `${databaseNameOf(url)}: applied ${applied.join(", ")}`
        : `${databaseNameOf(url)}: schema up to date`,
    );
  }
}

export interface SeedOptions {
  /** The demo user, the staff admin and their analytics: accounts with passwords the README publishes. */
  demoData: boolean;
}

/**
 * The achievements catalogue, and with `demoData` the demo user, staff admin and analytics metrics; each
 * part skips or updates what exists. Without demo data the first staff admin comes from `staff:create`.
 */
export async function seedDatabases(
  config: DatabaseUrls,
  report: Report,
  options: SeedOptions,
): Promise<void> {
  const main = await openMainOrm(config.DATABASE_URL);
  try {
    await (options.demoData ? new MainDatabaseSeeder() : new AchievementSeeder()).run(main.em.fork());
  } finally {
    await main.close();
  }
  if (!options.demoData) {
    report(
      `${databaseNameOf(config.DATABASE_URL)}: seeded achievements; no demo accounts outside development ` +
        "(SEED_DEMO_DATA=true asks for them; create the first staff admin with npm run staff:create)",
    );
    return;
  }
  report(`${databaseNameOf(config.DATABASE_URL)}: seeded achievements, demo user and staff admin`);

  const analytics = await openAnalyticsOrm(config.ANALYTICS_DATABASE_URL);
  try {
    await new AnalyticsDemoSeeder().run(analytics.em.fork());
  } finally {
    await analytics.close();
  }
  report(`${databaseNameOf(config.ANALYTICS_DATABASE_URL)}: seeded 30 days of the demo user's activity`);
}

async function mainDatabaseHasUsers(url: string): Promise<boolean> {
  const orm = await openMainOrm(url);
  try {
    return (await orm.em.fork().count(User)) > 0;
  } finally {
    await orm.close();
  }
}

/** Idempotent setup: create what is missing, migrate, and seed only an empty main database. */
export async function setupDatabases(
  config: DatabaseUrls,
  report: Report,
  options: SeedOptions,
): Promise<void> {
  for (const database of databases) {
    const url = urlOf(config, database);
    report(`${databaseNameOf(url)}: ${(await createDatabaseIfMissing(url)) ? "created" : "exists"}`);
  }
  await migrateDatabases(config, report);
  if (await mainDatabaseHasUsers(config.DATABASE_URL)) {
    report(`${databaseNameOf(config.DATABASE_URL)}: has users, demo data not seeded`);
    return;
  }
  await seedDatabases(config, report, options);
}

/**
 * Writes a TypeScript migration with the difference between the entities and the (migrated)
 * database into src/migrations/<database>/; returns its file name, or null when nothing changed.
 */
export async function createMigration(
  config: DatabaseUrls,
  database: DatabaseName,
  name: string | undefined,
): Promise<string | null> {
  const orm = await (database === "main" ? openMainOrm : openAnalyticsOrm)(urlOf(config, database));
  try {
    const pending = await orm.migrator.getPendingMigrations();
    if (pending.length) {
      throw new Error(
        `${database} has pending migrations (${pending.map((m) => m.name).join(", ")}); run migrate first`,
      );
    }
    const created = await orm.migrator.createMigration(undefined, false, false, name);
    return created.fileName || null;
  } finally {
    await orm.close();
  }
}
