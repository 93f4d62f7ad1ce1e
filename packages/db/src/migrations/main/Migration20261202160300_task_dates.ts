import { Migration } from "@mikro-orm/migrations";

/**
 * All-day due dates, start dates and durations of tasks, and `due_at`: the instant the task lists order
 * and filter by (due_date, or the start of due_on in the user's zone). The list indexes move to it.
 * A trigger copies due_date into due_at for timed tasks, so rows written by plain SQL (seeds, benches)
 * sort right too; the task services set due_at of all-day tasks, which needs the user's zone.
 */
export class Migration20261202160300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "tasks" add column "due_on" date null, add column "due_at" timestamptz null, add column "start_on" date null, add column "duration_minutes" int null;`,
    );
    this.addSql(`create or replace function "tasks_due_at"() returns trigger language plpgsql as $$
begin
  if new.due_on is null then
    new.due_at := new.due_date;
  end if;
  return new;
end;
$$;`);
    this.addSql(
      `create trigger "tasks_due_at_before_write" before insert or update of "due_date", "due_on" on "tasks" for each row execute function "tasks_due_at"();`,
    );
    this.addSql(`update "tasks" set "due_at" = "due_date" where "due_date" is not null;`);
    this.addSql(`drop index if exists "idx_tasks_user_status_due";`);
    this.addSql(`drop index if exists "idx_tasks_user_due";`);
    this.addSql(
      `create index "idx_tasks_user_status_due" on "tasks" ("user_id", "status", "due_at", "id") where not "is_deleted";`,
    );
    this.addSql(
      `create index "idx_tasks_user_due" on "tasks" ("user_id", "due_at", "id") where not "is_deleted";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "tasks_due_at_before_write" on "tasks";`);
    this.addSql(`drop function if exists "tasks_due_at"();`);
    this.addSql(`drop index if exists "idx_tasks_user_due";`);
    this.addSql(`drop index if exists "idx_tasks_user_status_due";`);
    this.addSql(
      `create index "idx_tasks_user_status_due" on "tasks" ("user_id", "status", "due_date", "id") where not "is_deleted";`,
    );
    this.addSql(
      `create index "idx_tasks_user_due" on "tasks" ("user_id", "due_date", "id") where not "is_deleted";`,
    );
    this.addSql(
      `alter table "tasks" drop column "due_on", drop column "due_at", drop column "start_on", drop column "duration_minutes";`,
    );
  }
}
