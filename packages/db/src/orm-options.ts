import { join, resolve } from "node:path";
import { ReflectMetadataProvider, type MigrationObject } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { defineConfig, MikroORM, type Options as PostgreSqlOptions } from "@mikro-orm/postgresql";
import { SeedManager } from "@mikro-orm/seeder";
import { analyticsEntities, mainEntities } from "./entities";
import { analyticsMigrations } from "./migrations/analytics-migrations";
import { mainMigrations } from "./migrations/main-migrations";

export type DatabaseName = "main" | "analytics";

// `__dirname` is dist/ when compiled and src/ under vitest.
const packageRoot = resolve(__dirname, "..");

function ormOptions(
  clientUrl: string,
  database: DatabaseName,
  entities: PostgreSqlOptions["entities"],
  migrationsList: MigrationObject[],
): PostgreSqlOptions {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    // Instants are timestamptz; make the session UTC so nothing depends on the server's zone.
    forceUtcTimezone: true,
    extensions: [Migrator, SeedManager],
    // Partitions of a partitioned table are the database's business, not entities of their own.
    schemaGenerator: { skipTables: [/_p\d{4}_\d{2}$/, /_default$/] },
    migrations: {
      tableName: "mikro_orm_migrations",
      migrationsList,
      // Only `migration:create` uses the folders: new migrations are written as TypeScript into the source tree.
      path: join(__dirname, "migrations", database),
      pathTs: join(packageRoot, "src", "migrations", database),
      glob: "!(*.d).{js,ts}",
      emit: "ts",
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      // The CLI reports what it applied; apps and tests stay quiet.
      silent: true,
    },
  });
}

export function mainOrmOptions(url: string): PostgreSqlOptions {
  return ormOptions(url, "main", mainEntities, mainMigrations);
}

export function analyticsOrmOptions(url: string): PostgreSqlOptions {
  return ormOptions(url, "analytics", analyticsEntities, analyticsMigrations);
}

export function openMainOrm(url: string): Promise<MikroORM> {
  return MikroORM.init(mainOrmOptions(url));
}

export function openAnalyticsOrm(url: string): Promise<MikroORM> {
  return MikroORM.init(analyticsOrmOptions(url));
}
