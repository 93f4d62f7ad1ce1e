import { Migration } from "@mikro-orm/migrations";

export class Migration20261202160700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "import_jobs" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "format" varchar(20) not null, "status" varchar(10) not null default 'queued', "content" text null, "created" int not null default 0, "skipped" int not null default 0, "warnings" jsonb not null default '[]', "attempts" int not null default 0, "heartbeat_at" timestamptz null, "finished_at" timestamptz null, constraint "import_jobs_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "idx_import_jobs_unfinished" on "import_jobs" ("created_at") where "status" in ('queued', 'running');`,
    );
    this.addSql(`create index "idx_import_jobs_user_created" on "import_jobs" ("user_id", "created_at");`);

    this.addSql(
      `create table "import_keys" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "source_key" varchar(300) not null, "object_type" varchar(20) not null, "object_id" uuid not null, "import_job_id" uuid null, constraint "import_keys_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idx_import_keys_job" on "import_keys" ("import_job_id");`);
    this.addSql(
      `alter table "import_keys" add constraint "uq_import_keys_user_source_key" unique ("user_id", "source_key");`,
    );

    this.addSql(
      `alter table "import_jobs" add constraint "import_jobs_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "import_keys" add constraint "import_keys_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "import_keys" add constraint "import_keys_import_job_id_foreign" foreign key ("import_job_id") references "import_jobs" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_keys" drop constraint "import_keys_import_job_id_foreign";`);

    this.addSql(`drop table if exists "import_jobs" cascade;`);

    this.addSql(`drop table if exists "import_keys" cascade;`);
  }
}
