import type { EntityManager } from "@mikro-orm/core";
import { hash } from "@node-rs/bcrypt";
import { Seeder } from "@mikro-orm/seeder";
import { DateTime } from "luxon";
import { Category } from "../entities/category.entity";
import { CategoryType } from "../entities/enums";
import { UserAchievement } from "../entities/user-achievement.entity";
import { User } from "../entities/user.entity";
import { achievementCatalogue } from "./achievement-catalogue";
import { demoUser, seedBcryptCost } from "./demo-accounts";
import { createDemoGoals } from "./demo-goals";
import { createDemoHabits } from "./demo-habits";
import { createDemoTasks } from "./demo-tasks";

export interface DemoSeedContext {
  /** The moment the demo data is built around; defaults to now. */
  now?: Date;
}

/** Achievements the demo data has earned by construction (first task, first habit, a 7-day streak). */
const earnedAchievements = [
  { name: "First Step", daysAgo: 50 },
  { name: "Habit Former", daysAgo: 60 },
  { name: "On a Roll", daysAgo: 35 },
];

/** The demo account with a lived-in history, dated relative to today in Europe/Berlin. Runs once. */
export class DemoUserSeeder extends Seeder {
  async run(em: EntityManager, context: DemoSeedContext = {}): Promise<void> {
    if (await em.count(User, { id: demoUser.id })) return;
    const today = DateTime.fromJSDate(context.now ?? new Date(), { zone: demoUser.timezone }).startOf("day");

    const user = em.create(User, {
      id: demoUser.id,
      email: demoUser.email,
      username: demoUser.username,
      fullName: demoUser.fullName,
      timezone: demoUser.timezone,
      passwordHash: await hash(demoUser.password, { cost: seedBcryptCost }),
      bio: "Trying to do a little better every day.",
      isDemo: true,
      createdAt: today.minus({ days: 90 }).toJSDate(),
    });
    const category = (name: string, type: CategoryType, color: string, icon: string) =>
      em.create(Category, { user, name, type, color, icon });
    const categories = {
      work: category("Work", CategoryType.Task, "#3B82F6", "briefcase"),
      personal: category("Personal", CategoryType.Task, "#F59E0B", "home"),
      wellbeing: category("Wellbeing", CategoryType.Habit, "#10B981", "heart"),
      health: category("Health", CategoryType.Goal, "#EF4444", "activity"),
      career: category("Growth", CategoryType.Goal, "#8B5CF6", "trending-up"),
    };

    const tasks = createDemoTasks(em, user, categories, today);
    createDemoHabits(em, user, categories.wellbeing, today);
    createDemoGoals(em, user, categories, tasks.sideProject, today);
    for (const { name, daysAgo } of earnedAchievements) {
      const achievement = achievementCatalogue.find((candidate) => candidate.name === name)!;
      em.create(UserAchievement, {
        user,
        achievement: achievement.id,
        progress: 100,
        earnedAt: today.minus({ days: daysAgo }).set({ hour: 19 }).toJSDate(),
      });
    }
    await em.flush();
  }
}
