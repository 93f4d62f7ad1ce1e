import { Migration } from "@mikro-orm/migrations";

/** Habit skip reasons are the user's own words: analytics no longer copies them, and forgets those it did. */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "user_activity" set "metadata" = "metadata" - 'reason' where "activity_type" = 'habit' and "action" = 'skipped' and "metadata" ? 'reason';`,
    );
  }

  override async down(): Promise<void> {
    // The reasons are gone for good: nothing to bring back.
  }
}
