import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261126043519 } from "./main/Migration20261126043519_initial";

// Listed explicitly, in order, so compiled code, bundlers and vitest run the same migrations
// without the Migrator having to `require` files from a folder. Append new migrations here.
export const mainMigrations: MigrationObject[] = [
  { name: "Migration20261126043519_initial", class: Migration20261126043519 },
];
