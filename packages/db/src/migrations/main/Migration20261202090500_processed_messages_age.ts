import { Migration } from "@mikro-orm/migrations";

/** Pruning processed messages past the redelivery horizon reads them by age (main and analytics databases). */
export class Migration20261202090500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "idx_processed_messages_processed_at" on "processed_messages" ("processed_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "idx_processed_messages_processed_at";`);
  }
}
