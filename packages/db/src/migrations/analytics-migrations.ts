import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261126043519 } from "./analytics/Migration20261126043519_initial";
import { Migration20261126060000 } from "./analytics/Migration20261126060000_forgotten_users";
import { Migration20261202090000 } from "./analytics/Migration20261202090000_drop_habit_skip_reasons";

// Listed explicitly, in order (see main-migrations.ts). Append new migrations here.
export const analyticsMigrations: MigrationObject[] = [
  { name: "Migration20261126043519_initial", class: Migration20261126043519 },
  { name: "Migration20261126060000_forgotten_users", class: Migration20261126060000 },
  { name: "Migration20261202090000_drop_habit_skip_reasons", class: Migration20261202090000 },
];
