import { Migration } from "@mikro-orm/migrations";

/**
 * Wakes the outbox relay as soon as events commit: every statement inserting into the outbox notifies
 * the `outbox_pending` channel (delivered at commit, only if the transaction commits). The relay polls too.
 */
export class Migration20261126050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "outbox_notify"() returns trigger language plpgsql as $$
begin
  perform pg_notify('outbox_pending', '');
  return null;
end;
$$;`);
    this.addSql(
      `create trigger "outbox_notify_after_insert" after insert on "outbox" for each statement execute function "outbox_notify"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "outbox_notify_after_insert" on "outbox";`);
    this.addSql(`drop function if exists "outbox_notify"();`);
  }
}
