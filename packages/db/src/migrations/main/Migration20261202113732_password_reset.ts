import { Migration } from "@mikro-orm/migrations";

/**
 * Password reset: the hashed single-use tokens, and the record of every e-mail the notifier sent (one
 * row per queue message, so a redelivered message sends nothing twice).
 */
export class Migration20261202113732 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "email_deliveries" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "message_id" uuid not null, "kind" varchar(50) not null, "recipient" varchar(255) not null, "subject" varchar(255) not null, "gateway" varchar(20) not null, "status" varchar(20) not null, "error" text null, constraint "email_deliveries_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "email_deliveries" add constraint "email_deliveries_message_id_unique" unique ("message_id");`,
    );
    this.addSql(`create index "idx_email_deliveries_user" on "email_deliveries" ("user_id");`);

    this.addSql(
      `create table "password_reset_tokens" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_tokens_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "password_reset_tokens" add constraint "password_reset_tokens_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "idx_password_reset_tokens_user" on "password_reset_tokens" ("user_id");`);

    this.addSql(
      `alter table "password_reset_tokens" add constraint "password_reset_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "email_deliveries" cascade;`);

    this.addSql(`drop table if exists "password_reset_tokens" cascade;`);
  }
}
