import { randomBytes, randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/core";
import { DailyUserRollup, ProductivityMetric, Task, TaskStatus, User } from "@momentum/db";
import { createStaffAccount } from "@momentum/domain";

export const e2eStaff = {
  email: "e2e.admin@momentum.test",
  password: "correct horse battery",
  fullName: "Eve Admin",
};

export const e2eAnalyst = {
  email: "e2e.analyst@momentum.test",
  password: "correct horse battery",
  fullName: "Ann Analyst",
};

export const e2eSupport = {
  email: "e2e.support@momentum.test",
  password: "correct horse battery",
  fullName: "Sam Support",
};

/** What the overview must show for the data below; the test reads the same numbers. */
export const expectedCounts = { users: 2, tasks: 3, tasksCompleted: 1 } as const;

/** A staff account (through the domain service, as the CLI does) and two users with three tasks, one done. */
export async function seedPlatform(em: EntityManager): Promise<void> {
  await createStaffAccount(em, { ...e2eStaff, role: "ADMIN" }, { bcryptCost: 4 });
  await createStaffAccount(em, { ...e2eAnalyst, role: "analyst" }, { bcryptCost: 4 });
  await createStaffAccount(em, { ...e2eSupport, role: "support" }, { bcryptCost: 4 });
  const [ada, grace] = ["ada", "grace"].map((name) => {
    const id = randomBytes(3).toString("hex");
    return em.create(User, {
      email: `${name}-${id}@momentum.test`,
      username: `${name}_${id}`,
      fullName: name,
      passwordHash: "not-used-by-this-test",
      timezone: "Europe/Berlin",
    });
  }) as [User, User];
  em.create(Task, { user: ada, title: "Write the report" });
  em.create(Task, {
    user: ada,
    title: "Book the train",
    status: TaskStatus.Completed,
    completedAt: new Date(),
  });
  em.create(Task, { user: grace, title: "Fix the compiler" });
  await em.flush();
}

/** What the reports page must show over its default range (the last 30 UTC days) for the data below. */
export const expectedReport = { tasksCompleted: 7, focusMinutes: 95 } as const;

/** Two users' metrics on the two previous UTC days and an hour-old activity's rollup: inside the default range. */
export async function seedAnalytics(analyticsEm: EntityManager, now = new Date()): Promise<void> {
  const utcDaysAgo = (days: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days))
      .toISOString()
      .slice(0, 10);
  const [ada, grace] = [randomUUID(), randomUUID()];
  analyticsEm.create(ProductivityMetric, {
    userId: ada,
    date: utcDaysAgo(1),
    tasksCompleted: 4,
    habitsCompleted: 2,
    focusTime: 60,
    productivityScore: 75,
  });
  analyticsEm.create(ProductivityMetric, {
    userId: grace,
    date: utcDaysAgo(2),
    tasksCompleted: 3,
    habitsCompleted: 1,
    focusTime: 35,
    productivityScore: 50,
  });
  // Ada's task completed an hour ago, as the analytics worker's rollup of her day holds it.
  analyticsEm.create(DailyUserRollup, {
    userId: ada,
    day: new Date(now.getTime() - 60 * 60 * 1000).toISOString().slice(0, 10),
    activities: 1,
    activitiesByType: { "task.completed": 1 },
  });
  await analyticsEm.flush();
}
