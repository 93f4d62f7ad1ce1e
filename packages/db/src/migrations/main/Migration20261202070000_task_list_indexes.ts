import { Migration } from "@mikro-orm/migrations";

/**
 * Indexes in the task lists' order (due date, undated last, then id) per user and per user and status,
 * so a page or a cache fill reads one index range instead of every task of the user.
 */
export class Migration20261202070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "idx_tasks_user_status_due" on "tasks" ("user_id", "status", "due_date", "id") where not "is_deleted";`,
    );
    this.addSql(
      `create index "idx_tasks_user_due" on "tasks" ("user_id", "due_date", "id") where not "is_deleted";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "idx_tasks_user_due";`);
    this.addSql(`drop index if exists "idx_tasks_user_status_due";`);
  }
}
