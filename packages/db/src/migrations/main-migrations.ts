import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261126043519 } from "./main/Migration20261126043519_initial";
import { Migration20261126050000 } from "./main/Migration20261126050000_outbox_notify";
import { Migration20261126060000 } from "./main/Migration20261126060000_reminders";
import { Migration20261202070000 } from "./main/Migration20261202070000_task_list_indexes";
import { Migration20261202080000 } from "./main/Migration20261202080000_user_task_counts";
import { Migration20261202090000 } from "./main/Migration20261202090000_habit_streak_checkpoint";
import { Migration20261202090500 } from "./main/Migration20261202090500_processed_messages_age";
import { Migration20261202091000 } from "./main/Migration20261202091000_outbox_aggregate_index";
import { Migration20261202092000 } from "./main/Migration20261202092000_task_history_recent";
import { Migration20261202110000 } from "./main/Migration20261202110000_users_is_demo";
import { Migration20261202113732 } from "./main/Migration20261202113732_password_reset";
import { Migration20261202115251 } from "./main/Migration20261202115251_support_desk";
import { Migration20261202121153 } from "./main/Migration20261202121153_data_exports";
import { Migration20261202160100 } from "./main/Migration20261202160100_tags";
import { Migration20261202160200 } from "./main/Migration20261202160200_reminder_lists";
import { Migration20261202160300 } from "./main/Migration20261202160300_task_dates";
import { Migration20261202160400 } from "./main/Migration20261202160400_day_start_time";
import { Migration20261202160500 } from "./main/Migration20261202160500_numeric_habits";
import { Migration20261202160600 } from "./main/Migration20261202160600_trash";
import { Migration20261202160700 } from "./main/Migration20261202160700_import_jobs";

// Listed explicitly, in order, so compiled code, bundlers and vitest run the same migrations
// without the Migrator having to `require` files from a folder. Append new migrations here.
export const mainMigrations: MigrationObject[] = [
  { name: "Migration20261126043519_initial", class: Migration20261126043519 },
  { name: "Migration20261126050000_outbox_notify", class: Migration20261126050000 },
  { name: "Migration20261126060000_reminders", class: Migration20261126060000 },
  { name: "Migration20261202070000_task_list_indexes", class: Migration20261202070000 },
  { name: "Migration20261202080000_user_task_counts", class: Migration20261202080000 },
  { name: "Migration20261202090000_habit_streak_checkpoint", class: Migration20261202090000 },
  { name: "Migration20261202090500_processed_messages_age", class: Migration20261202090500 },
  { name: "Migration20261202091000_outbox_aggregate_index", class: Migration20261202091000 },
  { name: "Migration20261202092000_task_history_recent", class: Migration20261202092000 },
  { name: "Migration20261202110000_users_is_demo", class: Migration20261202110000 },
  { name: "Migration20261202113732_password_reset", class: Migration20261202113732 },
  { name: "Migration20261202115251_support_desk", class: Migration20261202115251 },
  { name: "Migration20261202121153_data_exports", class: Migration20261202121153 },
  { name: "Migration20261202160100_tags", class: Migration20261202160100 },
  { name: "Migration20261202160200_reminder_lists", class: Migration20261202160200 },
  { name: "Migration20261202160300_task_dates", class: Migration20261202160300 },
  { name: "Migration20261202160400_day_start_time", class: Migration20261202160400 },
  { name: "Migration20261202160500_numeric_habits", class: Migration20261202160500 },
  { name: "Migration20261202160600_trash", class: Migration20261202160600 },
  { name: "Migration20261202160700_import_jobs", class: Migration20261202160700 },
];
