import type { EntityManager } from "@mikro-orm/core";
import { Seeder } from "@mikro-orm/seeder";
import { AchievementSeeder } from "./achievement.seeder";
import { DemoUserSeeder, type DemoSeedContext } from "./demo-user.seeder";
import { StaffAdminSeeder } from "./staff-admin.seeder";

/** Everything a fresh local main database needs: the catalogue, the demo user and the staff admin. */
export class MainDatabaseSeeder extends Seeder {
  async run(em: EntityManager, context: DemoSeedContext = {}): Promise<void> {
    await new AchievementSeeder().run(em);
    await new DemoUserSeeder().run(em, context);
    await new StaffAdminSeeder().run(em);
  }
}
