import { Migration } from "@mikro-orm/migrations";

/**
 * Each habit's streak checkpoint, so a read needs only the recent logs. Added empty: reads of a habit
 * without one walk its whole history, as before, until its next write or `npm run habits:rebuild`.
 */
export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "habits" add column "streak_checkpoint" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "habits" drop column "streak_checkpoint";`);
  }
}
