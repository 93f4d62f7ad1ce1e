import { Migration } from "@mikro-orm/migrations";

/** Data exports: one row per archive asked for, the archive itself while it may be fetched. */
export class Migration20261202121153 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "data_exports" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "requested_by_staff_id" uuid null, "status" varchar(20) not null default 'pending', "ready_at" timestamptz null, "expires_at" timestamptz null, "downloaded_at" timestamptz null, "archive" bytea null, "archive_bytes" int null, "error" text null, constraint "data_exports_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "idx_data_exports_pending" on "data_exports" ("created_at") where "status" = 'pending';`,
    );
    this.addSql(
      `create index "idx_data_exports_ready_expiry" on "data_exports" ("expires_at") where "status" = 'ready';`,
    );
    this.addSql(`create index "idx_data_exports_user_created" on "data_exports" ("user_id", "created_at");`);

    this.addSql(
      `alter table "data_exports" add constraint "data_exports_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "data_exports" add constraint "data_exports_requested_by_staff_id_foreign" foreign key ("requested_by_staff_id") references "staff_users" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_exports" cascade;`);
  }
}
