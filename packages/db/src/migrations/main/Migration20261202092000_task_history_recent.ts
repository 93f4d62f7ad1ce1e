import { Migration } from "@mikro-orm/migrations";

/**
 * Task history in its page order (newest first, read backwards), so a page of a task's history reads
 * its first rows instead of sorting the whole history; it serves lookups by task alone too.
 */
export class Migration20261202092000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "idx_task_history_task_created" on "task_history" ("task_id", "created_at", "id");`,
    );
    this.addSql(`drop index if exists "idx_task_history_task";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "idx_task_history_task" on "task_history" ("task_id");`);
    this.addSql(`drop index if exists "idx_task_history_task_created";`);
  }
}
