import { Migration } from "@mikro-orm/migrations";

/**
 * When each user's day begins on their wall clock (issue 17, day start); 00:00 keeps every existing
 * account's days exactly as they were.
 */
export class Migration20261202160400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "day_start_time" time not null default '00:00:00';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "day_start_time";`);
  }
}
