import { Migration } from "@mikro-orm/migrations";

/**
 * Marks accounts that are demo data (the demo user, the synthetic population `npm start` seeds), so staff
 * can tell them apart and analysts can leave them out; every real account is false.
 */
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "is_demo" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "is_demo";`);
  }
}
