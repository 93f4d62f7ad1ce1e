import { randomBytes } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import {
  FrequencyType,
  Habit,
  HabitLog,
  HabitReminder,
  openMainOrm,
  OutboxEvent,
  Priority,
  Task,
  TaskReminder,
  TaskStatus,
  User,
} from "@momentum/db";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { afterAll, beforeAll, expect } from "vitest";
import { type HabitReminderInput, habitReminderInputSchema } from "../habits/habit-reminder-input.schema";
import { replaceHabitReminders } from "../habits/habit-reminders";
import { type TaskReminderSetting } from "../tasks/task-reminder-input.schema";
import { refreshDueAt } from "../tasks/task-due";
import { rearmTaskReminders, replaceTaskReminders } from "../tasks/task-reminders";

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

    /** A task with one fixed reminder at `reminderTime`, or the list `reminders`, set as the domain sets them. */
    async task(
      user: User,
      {
        reminderTime,
        reminders = reminderTime ? [{ at: reminderTime }] : [],
        ...fields
      }: Partial<Pick<Task, "dueDate" | "priority" | "status" | "isDeleted">> & {
        reminderTime?: Date;
        reminders?: TaskReminderSetting[];
      },
    ) {
      const em = orm().em.fork();
      const task = em.create(Task, {
        user: user.id,
        title: `Task ${randomBytes(3).toString("hex")}`,
        priority: Priority.Medium,
        status: TaskStatus.Pending,
        ...fields,
      });
      await refreshDueAt(em, task);
      await replaceTaskReminders(em, task, reminders, "reminders", []);
      await em.flush();
      return task;
    },

    /** Replaces a task's reminders (and, if given, moves its due date first), as updateTask does. */
    async changeTask(task: Task, change: { dueDate?: Date | null; reminders?: TaskReminderSetting[] }) {
      const em = orm().em.fork();
      const stored = await em.findOneOrFail(Task, task.id);
      if (change.dueDate !== undefined) stored.dueDate = change.dueDate;
      await refreshDueAt(em, stored);
      if (change.reminders) await replaceTaskReminders(em, stored, change.reminders, "reminders");
      else await rearmTaskReminders(em, stored);
      await em.flush();
    },

    /** A task's reminders in list order. */
    taskReminders: (task: Task) =>
      orm()
        .em.fork()
        .find(TaskReminder, { task: task.id }, { orderBy: { position: "asc" } }),

    async habit(
      user: User,
      fields: Partial<
        Pick<Habit, "frequencyType" | "frequencyConfig" | "startDate" | "endDate" | "isArchived">
      > & { reminderTime?: string; reminders?: HabitReminderInput[] },
    ) {
      const em = orm().em.fork();
      const { reminderTime, reminders = [{ time: reminderTime! }], ...rest } = fields;
      const habit = em.create(Habit, {
        user: user.id,
        title: `Habit ${randomBytes(3).toString("hex")}`,
        frequencyType: FrequencyType.Daily,
        frequencyConfig: {},
        startDate: "2020-01-01",
        ...rest,
      });
      await replaceHabitReminders(
        em,
        habit,
        reminders.map((reminder) => habitReminderInputSchema.parse(reminder)),
        [],
      );
      await em.flush();
      return habit;
    },

    /** Replaces a habit's reminders, as updateHabit does. */
    async changeHabitReminders(habit: Habit, reminders: HabitReminderInput[]) {
      const em = orm().em.fork();
      const stored = await em.findOneOrFail(Habit, habit.id);
      await replaceHabitReminders(
        em,
        stored,
        reminders.map((reminder) => habitReminderInputSchema.parse(reminder)),
      );
      await em.flush();
    },

    /** A habit's reminders in list order. */
    habitReminders: (habit: Habit) =>
      orm()
        .em.fork()
        .find(HabitReminder, { habit: habit.id }, { orderBy: { position: "asc" } }),

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

    /**
     * Runs `run` while every update of `table` fails, as when a scheduler dies while marking reminders
     * sent, after their pushes were recorded in the same transaction; expects the run to fail.
     */
    async whileMarkingFails(table: "task_reminders" | "habit_reminders", run: () => Promise<unknown>) {
      const connection = orm().em.getConnection();
      await connection.execute(`create function fail_marking() returns trigger language plpgsql as $$
        begin raise exception 'scheduler died'; end $$`);
      await connection.execute(
        `create trigger fail_marking before update on ${table} for each row execute function fail_marking()`,
      );
      try {
        await expect(run()).rejects.toThrow(/scheduler died/);
      } finally {
        await connection.execute(`drop trigger fail_marking on ${table}; drop function fail_marking()`);
      }
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
