import { join, resolve } from "node:path";
import { ReflectMetadataProvider, type MigrationObject } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { defineConfig, MikroORM, type Options as PostgreSqlOptions } from "@mikro-orm/postgresql";
import { SeedManager } from "@mikro-orm/seeder";
import { analyticsEntities, mainEntities } from "./entities";
import { analyticsMigrations } from "./migrations/analytics-migrations";
import { mainMigrations } from "./migrations/main-migrations";

export type DatabaseName = "main" | "analytics";

/** What each connection is allowed: a statement running longer is cancelled by PostgreSQL itself. */
export interface ConnectionLimits {
  /** 0 lets statements run as long as they like (migrations); the default cancels past 30 s. */
  statementTimeoutMs?: number;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

// `__dirname` is dist/ when compiled and src/ under vitest.
const packageRoot = resolve(__dirname, "..");

function ormOptions(
  clientUrl: string,
  database: DatabaseName,
  entities: PostgreSqlOptions["entities"],
  migrationsList: MigrationObject[],
  limits: ConnectionLimits,
): PostgreSqlOptions {
  return defineConfig({
    clientUrl,
    // MikroORM finds the entity manager of a running transaction by this name: the analytics ORM needs
    // its own, or its queries inside a main-database transaction would run in that transaction.
    contextName: database,
    // Set by node-postgres on every pooled connection, so no query (a slow plan, a lock wait) holds a
    // connection and its request for ever.
    driverOptions: {
      connection: { statement_timeout: limits.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS },
    },
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

export function mainOrmOptions(url: string, limits: ConnectionLimits = {}): PostgreSqlOptions {
  return ormOptions(url, "main", mainEntities, mainMigrations, limits);
}

export function analyticsOrmOptions(url: string, limits: ConnectionLimits = {}): PostgreSqlOptions {
  return ormOptions(url, "analytics", analyticsEntities, analyticsMigrations, limits);
}

export function openMainOrm(url: string, limits: ConnectionLimits = {}): Promise<MikroORM> {
  return MikroORM.init(mainOrmOptions(url, limits));
}

export function openAnalyticsOrm(url: string, limits: ConnectionLimits = {}): Promise<MikroORM> {
  return MikroORM.init(analyticsOrmOptions(url, limits));
}
