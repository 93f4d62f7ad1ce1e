import { randomBytes } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import {
  FrequencyType,
  Habit,
  HabitLog,
  openMainOrm,
  OutboxEvent,
  Priority,
  Task,
  TaskStatus,
  User,
} from "@momentum/db";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { afterAll, beforeAll } from "vitest";

/**
 * Two ORMs on a database of the test file's own, standing for two API instances whose schedulers race,
 * with builders on the first. Its own, because a scheduler sends every due reminder in its database:
 * on the run's shared one it would also pick up reminders other test files created.
 */
export function reminderTestDatabase(label: string) {
  const orms: MikroORM[] = [];
  let databases: TestDatabases | undefined;
  beforeAll(async () => {
    databases = await createTestDatabases(label);
    orms.push(await openMainOrm(databases.mainUrl), await openMainOrm(databases.mainUrl));
  });
  afterAll(async () => {
    await Promise.all(orms.map((orm) => orm.close()));
    await databases?.drop();
  });
  const orm = () => orms[0]!;
  return { orm, secondOrm: () => orms[1]!, given: reminderFixtures(orm) };
}

/** Builders for the reminder services' tests: flushed rows with only what a reminder depends on. */
function reminderFixtures(orm: () => MikroORM) {
  return {
    async user(timezone: string, notificationPreferences: Record<string, unknown> = {}): Promise<User> {
      const em = orm().em.fork();
      const id = randomBytes(5).toString("hex");
      const user = em.create(User, {
        email: `reminder-${id}@momentum.test`,
        username: `reminder_${id}`,
        fullName: "Reminded User",
        passwordHash: "not-used",
        timezone,
        notificationPreferences,
      });
      await em.flush();
      return user;
    },

    async task(
      user: User,
      fields: Partial<Pick<Task, "reminderTime" | "dueDate" | "priority" | "status" | "isDeleted">>,
    ) {
      const em = orm().em.fork();
      const task = em.create(Task, {
        user: user.id,
        title: `Task ${randomBytes(3).toString("hex")}`,
        priority: Priority.Medium,
        status: TaskStatus.Pending,
        ...fields,
      });
      await em.flush();
      return task;
    },

    async habit(
      user: User,
      fields: Partial<
        Pick<Habit, "frequencyType" | "frequencyConfig" | "startDate" | "endDate" | "isArchived">
      > & {
        reminderTime: string;
      },
    ) {
      const em = orm().em.fork();
      const habit = em.create(Habit, {
        user: user.id,
        title: `Habit ${randomBytes(3).toString("hex")}`,
        frequencyType: FrequencyType.Daily,
        frequencyConfig: {},
        startDate: "2020-01-01",
        ...fields,
      });
      await em.flush();
      return habit;
    },

    /** A completion (or, with a reason, a skip) of `habit` on `day`. */
    async log(habit: Habit, day: string, skipReason: string | null = null) {
      const em = orm().em.fork();
      em.create(HabitLog, {
        habit: habit.id,
        user: habit.user.id,
        completedDate: day,
        value: null,
        skipReason,
      });
      await em.flush();
    },

    /** Reminder messages recorded in the outbox about a task or habit, oldest first. */
    async remindersAbout(subjectId: string) {
      const rows = await orm()
        .em.fork()
        .find(
          OutboxEvent,
          { aggregateType: "notification", aggregateId: subjectId },
          { orderBy: { occurredAt: "asc", position: "asc" } },
        );
      return rows.map((row) => row.payload);
    },

    reload: <T extends Task | Habit>(entity: T): Promise<T> =>
      orm()
        .em.fork()
        .findOneOrFail(entity.constructor as new () => T, { id: entity.id } as never),
  };
}
