import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { countSqlStatements } from "../../testing/sql-statement-counter";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { dataOf, habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";
import { goalClient, goalOf } from "./goal-test-client";

const GOALS = `query { goals(status: ACTIVE) {
  id progress isOverdue category { name }
  milestones { title completedAt } relatedTasks { title category { name } } relatedHabits { title } updates { newValue notes }
} me { goals { id milestones { title } } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

/** A user with `count` active goals, each with a category, two milestones, a linked task, a linked habit and a recorded value. */
async function userWithGoals(count: number): Promise<TestAccount> {
  const account = await signUpTestAccount(api);
  const goals = goalClient(api);
  const category = await api.graphql<{ createCategory: { id: string } }>(
    `mutation { createCategory(input: { name: "Health", color: "#ABCDEF", type: GOAL }) { id } }`,
    {},
    account.accessToken,
  );
  const categoryId = category.data!.createCategory.id;
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const goal = await goalOf(
        goals.create(account, {
          title: `Goal ${index}`,
          measurementType: "NUMERIC",
          targetValue: 10,
          categoryId,
        }),
      );
      await goalOf(goals.addMilestone(account, goal.id, { title: "Half" }));
      await goalOf(goals.addMilestone(account, goal.id, { title: "All" }));
      const task = await created(taskClient(api).create(account, { title: `Task ${index}` }));
      await goalOf(goals.linkTask(account, goal.id, task.id));
      const habit = (
        await dataOf(habitClient(api).create(account, { title: `Habit ${index}`, frequencyType: "DAILY" }))
      ).createHabit;
      await goalOf(goals.linkHabit(account, goal.id, habit.id));
      await goalOf(goals.record(account, goal.id, 4, "started"));
    }),
  );
  return account;
}

/** SQL statements the API runs for one request for the goals, checking each goal came with its items. */
async function statementsFor(account: TestAccount): Promise<{ count: number; goals: number }> {
  type GoalItems = {
    milestones: unknown[];
    relatedTasks: unknown[];
    relatedHabits: unknown[];
    updates: unknown[];
  };
  const { count, result: response } = await countSqlStatements(api, () =>
    api.graphql<{ goals: GoalItems[] }>(GOALS, {}, account.accessToken),
  );
  expect(response.errors).toBeUndefined();
  for (const goal of response.data!.goals) {
    const sizes = [
      goal.milestones.length,
      goal.relatedTasks.length,
      goal.relatedHabits.length,
      goal.updates.length,
    ];
    expect(sizes).toEqual([2, 1, 1, 1]);
  }
  return { count, goals: response.data!.goals.length };
}

describe("goals with their milestones, linked items and updates", () => {
  it("cost the same number of SQL statements for 3 goals as for 30", async () => {
    const [few, many] = [await userWithGoals(3), await userWithGoals(30)];
    const small = await statementsFor(few);
    const large = await statementsFor(many);
    expect([small.goals, large.goals]).toEqual([3, 30]);
    expect(large.count).toBe(small.count);
    // viewer, both goal lists, categories, milestones, linked tasks, their categories, linked habits,
    // updates, owners (isOverdue): one each
    expect(large.count).toBe(10);
  });
});
