import { Migration } from "@mikro-orm/migrations";

/**
 * The trash: when a task was deleted and with which task (itself, or the ancestor it was deleted with),
 * so the trash lists deletions newest first and a restore brings back exactly what went together.
 * Tasks already deleted take both from their "deleted" history line (a subtask's says "deleted with
 * <id>"), or their last update when the line is missing; to the millisecond, as the application writes it.
 */
export class Migration20261202160600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "tasks" add column "deleted_at" timestamptz null, add column "deleted_with_task_id" uuid null;`,
    );
    this.addSql(`with deletion as (
  select t."id",
    date_trunc('milliseconds', coalesce(h."created_at", t."updated_at")) as "deleted_at",
    coalesce(substring(h."notes" from '^deleted with ([0-9a-f-]{36})$')::uuid, t."id") as "deleted_with_task_id"
  from "tasks" t
  left join lateral (
    select "created_at", "notes" from "task_history"
    where "task_id" = t."id" and "action" = 'deleted' order by "created_at" desc limit 1
  ) h on true
  where t."is_deleted"
)
update "tasks" set "deleted_at" = deletion."deleted_at", "deleted_with_task_id" = deletion."deleted_with_task_id"
from deletion where "tasks"."id" = deletion."id";`);
    this.addSql(`create index "idx_tasks_deleted_at" on "tasks" ("deleted_at") where "is_deleted";`);
    this.addSql(
      `create index "idx_tasks_user_trash" on "tasks" ("user_id", "deleted_at" desc, "id" desc) where "is_deleted" and "deleted_with_task_id" = "id";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "idx_tasks_deleted_at";`);
    this.addSql(`drop index "idx_tasks_user_trash";`);
    this.addSql(`alter table "tasks" drop column "deleted_at", drop column "deleted_with_task_id";`);
  }
}
