import type { EntityManager } from "@mikro-orm/core";
import { Seeder } from "@mikro-orm/seeder";
import { Achievement } from "../entities/achievement.entity";
import { achievementCatalogue } from "./achievement-catalogue";

/** Inserts the catalogue, or brings existing rows up to date: safe to run on every deploy. */
export class AchievementSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await em.upsertMany(
      Achievement,
      achievementCatalogue.map((achievement) => ({ ...achievement, criteria: { ...achievement.criteria } })),
    );
  }
}
