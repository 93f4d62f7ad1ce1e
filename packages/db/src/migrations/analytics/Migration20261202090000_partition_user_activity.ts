import { Migration } from "@mikro-orm/migrations";

const COLUMNS = `"id", "created_at", "user_id", "activity_type", "entity_type", "entity_id", "action", "metadata", "event_id"`;

/**
 * `user_activity` becomes a table partitioned by month of `created_at`, with a default partition so no
 * event is ever refused. Existing rows are copied into partitions made for their months (plus the current
 * month and the three after it; the analytics worker keeps creating them ahead). The key and the
 * event-id uniqueness include `created_at`, as PostgreSQL requires of a partitioned table; a redelivered
 * event repeats its time, so it is still recorded once.
 */
export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "user_activity" rename to "user_activity_unpartitioned";`);
    this.addSql(
      `drop index "idx_user_activity_created", "idx_user_activity_type", "idx_user_activity_user";`,
    );
    this.addSql(
      `alter table "user_activity_unpartitioned" drop constraint "user_activity_pkey", drop constraint "user_activity_event_id_unique";`,
    );
    this.addSql(
      `create table "user_activity" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "activity_type" varchar(50) not null, "entity_type" varchar(50) not null, "entity_id" uuid not null, "action" varchar(50) not null, "metadata" jsonb null, "event_id" uuid null) partition by range ("created_at");`,
    );
    this.addSql(`create table "user_activity_default" partition of "user_activity" default;`);
    this.addSql(`do $$
declare
  month timestamptz;
begin
  for month in
    select generate_series(
      date_trunc('month', least(coalesce(min("created_at"), now()), now()), 'UTC'),
      date_trunc('month', now(), 'UTC') + interval '3 months',
      interval '1 month')
    from "user_activity_unpartitioned"
  loop
    execute format('create table %I partition of "user_activity" for values from (%L) to (%L)',
      'user_activity_p' || to_char(month at time zone 'UTC', 'YYYY_MM'), month, month + interval '1 month');
  end loop;
end;
$$;`);
    this.addSql(
      `insert into "user_activity" (${COLUMNS}) select ${COLUMNS} from "user_activity_unpartitioned";`,
    );
    this.addSql(`drop table "user_activity_unpartitioned";`);
    this.addSql(
      `alter table "user_activity" add constraint "user_activity_pkey" primary key ("id", "created_at");`,
    );
    this.addSql(
      `alter table "user_activity" add constraint "user_activity_event_id_unique" unique ("event_id", "created_at");`,
    );
    this.addSql(`create index "idx_user_activity_created" on "user_activity" ("created_at");`);
    this.addSql(`create index "idx_user_activity_type" on "user_activity" ("activity_type");`);
    this.addSql(`create index "idx_user_activity_user" on "user_activity" ("user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_activity" rename to "user_activity_partitioned";`);
    this.addSql(
      `alter table "user_activity_partitioned" drop constraint "user_activity_pkey", drop constraint "user_activity_event_id_unique";`,
    );
    this.addSql(
      `drop index "idx_user_activity_created", "idx_user_activity_type", "idx_user_activity_user";`,
    );
    this.addSql(
      `create table "user_activity" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "activity_type" varchar(50) not null, "entity_type" varchar(50) not null, "entity_id" uuid not null, "action" varchar(50) not null, "metadata" jsonb null, "event_id" uuid null, constraint "user_activity_pkey" primary key ("id"));`,
    );
    this.addSql(
      `insert into "user_activity" (${COLUMNS}) select ${COLUMNS} from "user_activity_partitioned";`,
    );
    this.addSql(`drop table "user_activity_partitioned" cascade;`);
    this.addSql(
      `alter table "user_activity" add constraint "user_activity_event_id_unique" unique ("event_id");`,
    );
    this.addSql(`create index "idx_user_activity_created" on "user_activity" ("created_at");`);
    this.addSql(`create index "idx_user_activity_type" on "user_activity" ("activity_type");`);
    this.addSql(`create index "idx_user_activity_user" on "user_activity" ("user_id");`);
  }
}
