import { Migration } from "@mikro-orm/migrations";

/** Tags on tasks and habits (names unique per user whatever their case) and saved task filters. */
export class Migration20261202160100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "tags" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "name" varchar(50) not null, "color" varchar(7) null, constraint "tags_pkey" primary key ("id"));`,
    );
    this.addSql(`create unique index "idx_tags_user_name" on "tags" ("user_id", lower("name"));`);

    this.addSql(
      `create table "saved_filters" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "name" varchar(100) not null, "filter" jsonb not null default '{}', constraint "saved_filters_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idx_saved_filters_user" on "saved_filters" ("user_id");`);

    this.addSql(
      `create table "task_tags" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "task_id" uuid not null, "tag_id" uuid not null, constraint "task_tags_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idx_task_tags_tag" on "task_tags" ("tag_id", "task_id");`);
    this.addSql(
      `alter table "task_tags" add constraint "task_tags_task_id_tag_id_unique" unique ("task_id", "tag_id");`,
    );

    this.addSql(
      `create table "habit_tags" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "habit_id" uuid not null, "tag_id" uuid not null, constraint "habit_tags_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idx_habit_tags_tag" on "habit_tags" ("tag_id", "habit_id");`);
    this.addSql(
      `alter table "habit_tags" add constraint "habit_tags_habit_id_tag_id_unique" unique ("habit_id", "tag_id");`,
    );

    this.addSql(
      `alter table "tags" add constraint "tags_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "saved_filters" add constraint "saved_filters_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "task_tags" add constraint "task_tags_task_id_foreign" foreign key ("task_id") references "tasks" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_tags" add constraint "task_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "habit_tags" add constraint "habit_tags_habit_id_foreign" foreign key ("habit_id") references "habits" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "habit_tags" add constraint "habit_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task_tags" drop constraint "task_tags_tag_id_foreign";`);

    this.addSql(`alter table "habit_tags" drop constraint "habit_tags_tag_id_foreign";`);

    this.addSql(`drop table if exists "tags" cascade;`);

    this.addSql(`drop table if exists "saved_filters" cascade;`);

    this.addSql(`drop table if exists "task_tags" cascade;`);

    this.addSql(`drop table if exists "habit_tags" cascade;`);
  }
}
