import { Migration } from "@mikro-orm/migrations";

/** Analytics database schema: user_activity, productivity_metrics and the consumer de-duplication table. */
export class Migration20261126043519 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "processed_messages" ("consumer" varchar(100) not null, "message_id" uuid not null, "processed_at" timestamptz not null default now(), constraint "processed_messages_pkey" primary key ("consumer", "message_id"));`,
    );

    this.addSql(
      `create table "productivity_metrics" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "date" date not null, "tasks_completed" int not null default 0, "habits_completed" int not null default 0, "goals_progress" jsonb null, "focus_time" int null default 0, "productivity_score" numeric(5,2) null, constraint "productivity_metrics_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idx_productivity_metrics_date" on "productivity_metrics" ("date");`);
    this.addSql(`create index "idx_productivity_metrics_user" on "productivity_metrics" ("user_id");`);
    this.addSql(
      `alter table "productivity_metrics" add constraint "productivity_metrics_user_id_date_unique" unique ("user_id", "date");`,
    );

    this.addSql(
      `create table "user_activity" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "activity_type" varchar(50) not null, "entity_type" varchar(50) not null, "entity_id" uuid not null, "action" varchar(50) not null, "metadata" jsonb null, "event_id" uuid null, constraint "user_activity_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "user_activity" add constraint "user_activity_event_id_unique" unique ("event_id");`,
    );
    this.addSql(`create index "idx_user_activity_created" on "user_activity" ("created_at");`);
    this.addSql(`create index "idx_user_activity_type" on "user_activity" ("activity_type");`);
    this.addSql(`create index "idx_user_activity_user" on "user_activity" ("user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "processed_messages" cascade;`);
    this.addSql(`drop table if exists "productivity_metrics" cascade;`);
    this.addSql(`drop table if exists "user_activity" cascade;`);
  }
}
