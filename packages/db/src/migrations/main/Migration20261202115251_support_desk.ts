import { Migration } from "@mikro-orm/migrations";

/**
 * The support desk: a trigram index to find users by any part of their e-mail, username or name (pg_trgm,
 * a trusted extension the database owner may create), newest-first paging of users, and the ledger of
 * closed accounts (ids and dates only).
 */
export class Migration20261202115251 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "closed_accounts" ("user_id" uuid not null, "signed_up_at" timestamptz not null, "closed_at" timestamptz not null default now(), "closed_by" varchar(10) not null, constraint "closed_accounts_pkey" primary key ("user_id"));`,
    );
    this.addSql(`create index "idx_closed_accounts_closed" on "closed_accounts" ("closed_at", "user_id");`);

    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create index "idx_users_search" on "users" using gin ((lower("email") || ' ' || lower("username") || ' ' || lower("full_name")) gin_trgm_ops);`,
    );
    this.addSql(`create index "idx_users_created" on "users" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "closed_accounts" cascade;`);

    this.addSql(`drop index "idx_users_search";`);
    this.addSql(`drop index "idx_users_created";`);
  }
}
