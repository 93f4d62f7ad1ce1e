import { join, resolve } from "node:path";
import { ReflectMetadataProvider } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { defineConfig, MikroORM, type Options as PostgreSqlOptions } from "@mikro-orm/postgresql";
import { SeedManager } from "@mikro-orm/seeder";
import { analyticsEntities, mainEntities } from "./entities";

export type DatabaseName = "main" | "analytics";

// `__dirname` is dist/ when compiled and src/ under vitest; migrations sit beside this file either way.
const packageRoot = resolve(__dirname, "..");

function ormOptions(
  clientUrl: string,
  database: DatabaseName,
  entities: PostgreSqlOptions["entities"],
): PostgreSqlOptions {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    // Instants are timestamptz; make the session UTC so nothing depends on the server's zone.
    forceUtcTimezone: true,
    extensions: [Migrator, SeedManager],
    migrations: {
      tableName: "mikro_orm_migrations",
      path: join(__dirname, "migrations", database),
      // New migrations are written as TypeScript into the source tree.
      pathTs: join(packageRoot, "src", "migrations", database),
      glob: "!(*.d).{js,ts}",
      emit: "ts",
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      // The CLI reports what it applied; apps and tests stay quiet.
      silent: true,
    },
    seeder: {
      path: join(__dirname, "seeders"),
      pathTs: join(packageRoot, "src", "seeders"),
      emit: "ts",
    },
  });
}

export function mainOrmOptions(url: string): PostgreSqlOptions {
  return ormOptions(url, "main", mainEntities);
}

export function analyticsOrmOptions(url: string): PostgreSqlOptions {
  return ormOptions(url, "analytics", analyticsEntities);
}

export function openMainOrm(url: string): Promise<MikroORM> {
  return MikroORM.init(mainOrmOptions(url));
}

export function openAnalyticsOrm(url: string): Promise<MikroORM> {
  return MikroORM.init(analyticsOrmOptions(url));
}
