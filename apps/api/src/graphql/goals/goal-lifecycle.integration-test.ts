import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { GoalHabit, GoalTask, GoalUpdate, Habit, Milestone, Task, UserAchievement } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { dataOf, habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";
import { goalClient, goalEventsOf, goalOf, refusalOf } from "./goal-test-client";

const GOAL_SETTER = "a0000000-0000-4000-8000-000000000007";

let api: TestApi;
let owner: TestAccount;
let goals: ReturnType<typeof goalClient>;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi();
  await api.seedAchievementCatalogue();
  owner = await signUpTestAccount(api);
  goals = goalClient(api);
  tasks = taskClient(api);
});
afterAll(() => api?.stop());

const unarchive = (id: string) =>
  goalOf(
    api.graphql(
      `mutation($id: ID!) { unarchiveGoal(id: $id) { id progress status isArchived } }`,
      { id },
      owner.accessToken,
    ),
  );
const remove = (id: string, account = owner) =>
  api.graphql<{ deleteGoal: boolean }>(
    `mutation($id: ID!) { deleteGoal(id: $id) }`,
    { id },
    account.accessToken,
  );
const listedIds = async () => (await dataOf(goals.list(owner))).goals.map((goal) => goal.id);

describe("unarchiving a goal", () => {
  it("lists it again and catches up with what its tasks did while it was archived", async () => {
    const goal = await goalOf(goals.create(owner, { title: "Ship", measurementType: "TASKS" }));
    const task = await created(tasks.create(owner, { title: "Release" }));
    await goalOf(goals.linkTask(owner, goal.id, task.id));
    await goalOf(goals.archive(owner, goal.id));
    await dataOf(tasks.complete(owner, task.id));
    expect(await goalOf(goals.get(owner, goal.id))).toMatchObject({ progress: 0, isArchived: true });
    expect(await listedIds()).not.toContain(goal.id);

    expect(await unarchive(goal.id)).toMatchObject({ progress: 100, status: "COMPLETED", isArchived: false });
    await unarchive(goal.id);
    expect(await listedIds()).toContain(goal.id);
    const types = (await goalEventsOf(api, goal.id)).map((event) => event.type);
    expect(types.filter((type) => type.endsWith("archived"))).toEqual(["goal.archived", "goal.unarchived"]);
    expect(types.slice(-2)).toEqual(["goal.progressed", "goal.completed"]);
  });
});

describe("deleting a goal", () => {
  it("removes it with its milestones, updates and links, leaves its tasks and habits, keeps earned achievements", async () => {
    const goal = await goalOf(goals.create(owner, { title: "Half", measurementType: "TASKS" }));
    const done = await created(tasks.create(owner, { title: "Done" }));
    const open = await created(tasks.create(owner, { title: "Open" }));
    await dataOf(tasks.complete(owner, done.id));
    for (const task of [done, open]) await goalOf(goals.linkTask(owner, goal.id, task.id));
    const habit = (await dataOf(habitClient(api).create(owner, { title: "Walk", frequencyType: "DAILY" })))
      .createHabit;
    await goalOf(goals.linkHabit(owner, goal.id, habit.id));
    await dataOf(goals.addMilestone(owner, goal.id, { title: "First half" }));
    const em = api.deps.orm.em.fork();
    // Half of a goal earns Goal Setter: it stays earned when the goal goes.
    expect(await em.count(UserAchievement, { user: owner.userId, achievement: GOAL_SETTER })).toBe(1);

    expect(await dataOf(remove(goal.id))).toEqual({ deleteGoal: true });

    expect(
      await Promise.all([
        em.count(Milestone, { goal: goal.id }),
        em.count(GoalUpdate, { goal: goal.id }),
        em.count(GoalTask, { goal: goal.id }),
        em.count(GoalHabit, { goal: goal.id }),
        em.count(Task, { id: { $in: [done.id, open.id] }, isDeleted: false }),
        em.count(Habit, { id: habit.id }),
        em.count(UserAchievement, { user: owner.userId, achievement: GOAL_SETTER }),
      ]),
    ).toEqual([0, 0, 0, 0, 2, 1, 1]);
    expect((await refusalOf(goals.get(owner, goal.id))).code).toBe("NOT_FOUND");
    expect(await listedIds()).not.toContain(goal.id);
    expect((await goalEventsOf(api, goal.id)).at(-1)).toMatchObject({
      type: "goal.deleted",
      payload: { title: "Half", measurementType: "tasks" },
    });
  });

  it("answers NOT_FOUND for someone else's goal or one that does not exist, and leaves it be", async () => {
    const goal = await goalOf(
      goals.create(owner, { title: "Mine", measurementType: "NUMERIC", targetValue: 3 }),
    );
    const stranger = await signUpTestAccount(api);
    expect((await refusalOf(remove(goal.id, stranger))).code).toBe("NOT_FOUND");
    expect((await refusalOf(remove(randomUUID()))).code).toBe("NOT_FOUND");
    expect(
      (
        await refusalOf(
          api.graphql(
            `mutation($id: ID!) { unarchiveGoal(id: $id) { id } }`,
            { id: goal.id },
            stranger.accessToken,
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await listedIds()).toContain(goal.id);
  });
});
