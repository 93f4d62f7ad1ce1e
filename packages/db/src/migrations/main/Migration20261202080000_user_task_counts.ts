import { Migration } from "@mikro-orm/migrations";

/**
 * Each user's number of completed (not deleted) tasks, kept by triggers on `tasks` so that stats and
 * achievements read one row instead of counting a history that only grows.
 *
 * The triggers are deferred to commit: a transaction touches its tasks first and the user's count row
 * last, always in that order, so two transactions of one user wait for each other but never deadlock.
 * A count only goes down on a row that exists (never inserted for a user being deleted).
 */
export class Migration20261202080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "user_task_counts" ("user_id" uuid not null, "tasks_completed" int not null default 0, constraint "user_task_counts_pkey" primary key ("user_id"));`,
    );
    this.addSql(
      `alter table "user_task_counts" add constraint "user_task_counts_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create or replace function "count_completed_task"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.status = 'completed' and not old.is_deleted then
    update "user_task_counts" set "tasks_completed" = "tasks_completed" - 1 where "user_id" = old.user_id;
  end if;
  if tg_op <> 'DELETE' and new.status = 'completed' and not new.is_deleted then
    insert into "user_task_counts" as counts ("user_id", "tasks_completed") values (new.user_id, 1)
    on conflict ("user_id") do update set "tasks_completed" = counts."tasks_completed" + 1;
  end if;
  return null;
end;
$$;`);
    const counted = (row: "old" | "new") => `(${row}.status = 'completed' and not ${row}.is_deleted)`;
    this.addSql(
      `create constraint trigger "tasks_count_completed_insert" after insert on "tasks" deferrable initially deferred for each row when ${counted("new")} execute function "count_completed_task"();`,
    );
    this.addSql(
      `create constraint trigger "tasks_count_completed_delete" after delete on "tasks" deferrable initially deferred for each row when ${counted("old")} execute function "count_completed_task"();`,
    );
    this.addSql(
      `create constraint trigger "tasks_count_completed_update" after update on "tasks" deferrable initially deferred for each row when (${counted("old")} is distinct from ${counted("new")} or old.user_id is distinct from new.user_id) execute function "count_completed_task"();`,
    );
    this.addSql(
      `insert into "user_task_counts" ("user_id", "tasks_completed") select "user_id", count(*) from "tasks" where "status" = 'completed' and not "is_deleted" group by "user_id";`,
    );
  }

  override async down(): Promise<void> {
    for (const event of ["insert", "delete", "update"])
      this.addSql(`drop trigger if exists "tasks_count_completed_${event}" on "tasks";`);
    this.addSql(`drop function if exists "count_completed_task"();`);
    this.addSql(`drop table if exists "user_task_counts" cascade;`);
  }
}
