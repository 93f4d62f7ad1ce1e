import { randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/core";
import { Task, TaskStatus, User } from "@momentum/db";
import { createStaffAccount } from "@momentum/domain";

export const e2eStaff = {
  email: "e2e.admin@momentum.test",
  password: "correct horse battery",
  fullName: "Eve Admin",
};

/** What the overview must show for the data below; the test reads the same numbers. */
export const expectedCounts = { users: 2, tasks: 3, tasksCompleted: 1 } as const;

/** A staff account (through the domain service, as the CLI does) and two users with three tasks, one done. */
export async function seedPlatform(em: EntityManager): Promise<void> {
  await createStaffAccount(em, { ...e2eStaff, role: "ADMIN" }, { bcryptCost: 4 });
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
