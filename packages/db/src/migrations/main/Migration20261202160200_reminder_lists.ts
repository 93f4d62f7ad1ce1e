import { Migration } from "@mikro-orm/migrations";

/**
 * Reminder lists: several reminders per task (task_reminders) and per habit (habit_reminders), each with
 * its own "already sent" mark. Every single reminder moves into its list with that mark, so nothing is sent
 * twice or lost; tasks.reminder_time and habits.reminder_time stay as the earliest of the list, and the
 * old marks and indexes go.
 */
export class Migration20261202160200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "task_reminders" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "task_id" uuid not null, "position" smallint not null default 0, "at" timestamptz null, "minutes_before" int null, "fire_at" timestamptz null, "sent_for" timestamptz null, constraint "task_reminders_pkey" primary key ("id"), constraint task_reminders_at_or_minutes_before check (("at" is null) <> ("minutes_before" is null)));`,
    );
    this.addSql(
      `create index "idx_task_reminders_due" on "task_reminders" ("fire_at", "id") where "fire_at" is not null and "sent_for" is distinct from "fire_at";`,
    );
    this.addSql(`create index "idx_task_reminders_task" on "task_reminders" ("task_id", "position");`);

    this.addSql(
      `create table "habit_reminders" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "habit_id" uuid not null, "position" smallint not null default 0, "time" time not null, "days" jsonb null, "reminded_on" date null, constraint "habit_reminders_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idx_habit_reminders_habit" on "habit_reminders" ("habit_id", "position");`);

    this.addSql(
      `alter table "task_reminders" add constraint "task_reminders_task_id_foreign" foreign key ("task_id") references "tasks" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "habit_reminders" add constraint "habit_reminders_habit_id_foreign" foreign key ("habit_id") references "habits" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `insert into "task_reminders" ("task_id", "at", "fire_at", "sent_for") select "id", "reminder_time", "reminder_time", "reminded_for" from "tasks" where "reminder_time" is not null;`,
    );
    this.addSql(
      `insert into "habit_reminders" ("habit_id", "time", "reminded_on") select "id", "reminder_time", "reminded_on" from "habits" where "reminder_time" is not null;`,
    );

    this.addSql(`drop index "idx_tasks_reminder_due";`);
    this.addSql(`alter table "tasks" drop column "reminded_for";`);

    this.addSql(`drop index "idx_habits_reminder";`);
    this.addSql(`alter table "habits" drop column "reminded_on";`);
  }

  override async down(): Promise<void> {
    // Back to one reminder each: the earliest, with its mark.
    this.addSql(`alter table "tasks" add column "reminded_for" timestamptz null;`);
    this.addSql(
      `update "tasks" t set "reminder_time" = r."fire_at", "reminded_for" = r."sent_for" from (select distinct on ("task_id") "task_id", "fire_at", "sent_for" from "task_reminders" where "fire_at" is not null order by "task_id", "fire_at", "position") r where r."task_id" = t."id";`,
    );
    this.addSql(
      `create index "idx_tasks_reminder_due" on "tasks" ("reminder_time", "id") where "reminder_time" is not null and "reminded_for" is distinct from "reminder_time" and not "is_deleted" and "status" in ('pending', 'in_progress');`,
    );

    this.addSql(`alter table "habits" add column "reminded_on" date null;`);
    this.addSql(
      `update "habits" h set "reminder_time" = r."time", "reminded_on" = r."reminded_on" from (select distinct on ("habit_id") "habit_id", "time", "reminded_on" from "habit_reminders" order by "habit_id", "time", "position") r where r."habit_id" = h."id";`,
    );
    this.addSql(
      `create index "idx_habits_reminder" on "habits" ("id") where "reminder_time" is not null and not "is_archived";`,
    );

    this.addSql(`drop table if exists "task_reminders" cascade;`);
    this.addSql(`drop table if exists "habit_reminders" cascade;`);
  }
}
