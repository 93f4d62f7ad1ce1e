import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { type EntityManager, type MikroORM } from "@mikro-orm/postgresql";
import {
  FrequencyType,
  Goal,
  GoalStatus,
  Habit,
  HabitLog,
  MeasurementType,
  openMainOrm,
  Task,
  TaskStatus,
  User,
} from "@momentum/db";
import { createTestDatabases, type TestDatabases } from "@momentum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOverviewCounts } from "./overview-counts";

// Platform-wide counts need a database no other test file writes to.
let databases: TestDatabases;
let orm: MikroORM;
beforeAll(async () => {
  databases = await createTestDatabases("overview");
  orm = await openMainOrm(databases.mainUrl);
});
afterAll(async () => {
  await orm?.close();
  await databases?.drop();
});

const now = new Date("2030-06-15T12:00:00.000Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

function addUser(em: EntityManager, fields: Partial<User> = {}): User {
  const id = randomBytes(4).toString("hex");
  return em.create(User, {
    email: `user-${id}@momentum.test`,
    username: `user_${id}`,
    fullName: "Test User",
    passwordHash: "not-a-real-hash",
    timezone: "Europe/Berlin",
    ...fields,
  });
}

const addTask = (em: EntityManager, user: User, fields: Partial<Task> = {}) =>
  em.create(Task, { user, title: "A task", ...fields });

const addHabit = (em: EntityManager, user: User) =>
  em.create(Habit, {
    user,
    title: "A habit",
    frequencyType: FrequencyType.Daily,
    frequencyConfig: {},
    startDate: "2030-01-01",
  });

const addGoal = (em: EntityManager, user: User, status = GoalStatus.Active) =>
  em.create(Goal, {
    user,
    title: "A goal",
    startDate: "2030-01-01",
    measurementType: MeasurementType.Numeric,
    status,
  });

describe("overview counts", () => {
  it("is all zeros on an empty platform", async () => {
    expect(Object.values(await getOverviewCounts(orm.em.fork(), { now }))).toEqual(Array(8).fill(0));
  });

  it("counts open accounts, recent sign-ins, live tasks, recent habit completions and completed goals", async () => {
    const em = orm.em.fork();
    const ada = addUser(em, { lastLoginAt: daysAgo(1) });
    const grace = addUser(em, { lastLoginAt: daysAgo(8) });
    addUser(em, { isActive: false, lastLoginAt: daysAgo(1) });
    addUser(em, { deletedAt: daysAgo(2), lastLoginAt: daysAgo(1) });

    addTask(em, ada);
    addTask(em, ada, { status: TaskStatus.Completed, completedAt: daysAgo(1) });
    addTask(em, grace, { status: TaskStatus.Completed, completedAt: daysAgo(3) });
    addTask(em, grace, { status: TaskStatus.Completed, isDeleted: true });

    const reading = addHabit(em, ada);
    addHabit(em, grace);
    em.create(HabitLog, { habit: reading, user: ada, completedDate: "2030-06-14", completedAt: daysAgo(1) });
    em.create(HabitLog, {
      habit: reading,
      user: ada,
      completedDate: "2030-06-13",
      completedAt: daysAgo(2),
      skipReason: "ill",
    });
    em.create(HabitLog, { habit: reading, user: ada, completedDate: "2030-06-01", completedAt: daysAgo(14) });

    addGoal(em, ada);
    addGoal(em, ada, GoalStatus.Completed);
    addGoal(em, grace, GoalStatus.Abandoned);
    await em.flush();

    expect(await getOverviewCounts(orm.em.fork(), { now })).toEqual({
      users: 2,
      usersSignedInLast7Days: 1,
      tasks: 3,
      tasksCompleted: 2,
      habits: 2,
      habitLogsLast7Days: 1,
      goals: 3,
      goalsCompleted: 1,
    });
  });
});
