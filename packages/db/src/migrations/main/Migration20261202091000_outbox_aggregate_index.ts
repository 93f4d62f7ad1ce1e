import { Migration } from "@mikro-orm/migrations";

/** The relay checks each claimed aggregate for an earlier pending event: one index probe per aggregate. */
export class Migration20261202091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "idx_outbox_unpublished_aggregate" on "outbox" ("aggregate_type", "aggregate_id", "occurred_at", "position") where "published_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "idx_outbox_unpublished_aggregate";`);
  }
}
