import { Migration } from "@mikro-orm/migrations";

/**
 * Reminder bookkeeping: which reminder time of a task and which day of a habit were already reminded,
 * and partial indexes holding only what the reminder scheduler has to look at.
 */
export class Migration20261126060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "tasks" add column "reminded_for" timestamptz null;`);
    this.addSql(`alter table "habits" add column "reminded_on" date null;`);
    this.addSql(
      `create index "idx_tasks_reminder_due" on "tasks" ("reminder_time", "id") where "reminder_time" is not null and "reminded_for" is distinct from "reminder_time" and not "is_deleted" and "status" in ('pending', 'in_progress');`,
    );
    this.addSql(
      `create index "idx_habits_reminder" on "habits" ("id") where "reminder_time" is not null and not "is_archived";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "idx_habits_reminder";`);
    this.addSql(`drop index if exists "idx_tasks_reminder_due";`);
    this.addSql(`alter table "habits" drop column "reminded_on";`);
    this.addSql(`alter table "tasks" drop column "reminded_for";`);
  }
}
