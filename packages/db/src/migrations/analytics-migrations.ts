import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261126043519 } from "./analytics/Migration20261126043519_initial";
import { Migration20261126060000 } from "./analytics/Migration20261126060000_forgotten_users";
import { Migration20261202090000 } from "./analytics/Migration20261202090000_partition_user_activity";
// processed_messages lives in both databases: the same migration indexes it in each.
import { Migration20261202090500 } from "./main/Migration20261202090500_processed_messages_age";
import { Migration20261202100000 } from "./analytics/Migration20261202100000_drop_habit_skip_reasons";
import { Migration20261202110000 } from "./analytics/Migration20261202110000_daily_user_rollups";

// Listed explicitly, in order (see main-migrations.ts). Append new migrations here.
export const analyticsMigrations: MigrationObject[] = [
  { name: "Migration20261126043519_initial", class: Migration20261126043519 },
  { name: "Migration20261126060000_forgotten_users", class: Migration20261126060000 },
  { name: "Migration20261202090000_partition_user_activity", class: Migration20261202090000 },
  { name: "Migration20261202090500_processed_messages_age", class: Migration20261202090500 },
  { name: "Migration20261202100000_drop_habit_skip_reasons", class: Migration20261202100000 },
  { name: "Migration20261202110000_daily_user_rollups", class: Migration20261202110000 },
];
