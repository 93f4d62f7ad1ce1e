import { Migration } from "@mikro-orm/migrations";

/**
 * The analysts' reports read daily rollups instead of the raw activity: each activity row gets the
 * user's day it counts for, users their sign-up day, zone and platform, and one row per user-day holds
 * that day's figures. Existing rows are filled in by `npm run reports:rebuild -w @momentum/analytics`.
 */
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "analytics_users" ("user_id" uuid not null, "timezone" varchar(64) null, "signed_up_on" date null, "platform" varchar(10) null, "updated_at" timestamptz not null default now(), constraint "analytics_users_pkey" primary key ("user_id"));`,
    );
    this.addSql(
      `create table "daily_user_rollups" ("day" date not null, "user_id" uuid not null, "platform" varchar(10) not null default 'unknown', "activities" int not null default 0, "activities_by_type" jsonb not null default '{}', "tasks_completed" jsonb not null default '{}', "tasks_due" jsonb not null default '{}', "tasks_on_time" jsonb not null default '{}', "habit_days_recorded" jsonb not null default '{}', "habit_days_completed" jsonb not null default '{}', "achievements_unlocked" jsonb not null default '{}', "focus_minutes" int not null default 0, constraint "daily_user_rollups_pkey" primary key ("day", "user_id"));`,
    );
    this.addSql(`create index "idx_daily_user_rollups_user" on "daily_user_rollups" ("user_id");`);
    // Adding a nullable column without a default rewrites nothing, on every partition at once.
    this.addSql(`alter table "user_activity" add column "day" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_activity" drop column "day";`);
    this.addSql(`drop table if exists "daily_user_rollups" cascade;`);
    this.addSql(`drop table if exists "analytics_users" cascade;`);
  }
}
