import { Migration } from "@mikro-orm/migrations";

/** Deleted users, so that their late events do not bring their analytics rows back. */
export class Migration20261126060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "forgotten_users" ("user_id" uuid not null, "forgotten_at" timestamptz not null default now(), constraint "forgotten_users_pkey" primary key ("user_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "forgotten_users" cascade;`);
  }
}
