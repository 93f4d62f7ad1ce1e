import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { countSqlStatements } from "../../testing/sql-statement-counter";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { created, taskClient } from "./task-test-builder";

const PAGE = `query { tasks(first: 50, filter: { topLevelOnly: true }) {
  totalCount edges { node { id category { name } history { action } subtasks { title parentTask { title } } } }
} }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

/** A user with `count` tasks, each with a category, a subtask (whose parent the page asks for) and a few history lines. */
async function userWithTasks(count: number): Promise<TestAccount> {
  const account = await signUpTestAccount(api);
  const tasks = taskClient(api);
  const category = (
    await api.graphql<{ createCategory: { id: string } }>(
      `mutation { createCategory(input: { name: "Home", color: "#ABCDEF", type: TASK }) { id } }`,
      {},
      account.accessToken,
    )
  ).data!.createCategory.id;
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const task = await created(tasks.create(account, { title: `Task ${index}`, categoryId: category }));
      await created(
        tasks.create(account, { title: `Step ${index}`, parentTaskId: task.id, categoryId: category }),
      );
      await tasks.update(account, task.id, { priority: "HIGH" });
    }),
  );
  return account;
}

/** SQL statements the API runs for one request. */
async function statementsFor(account: TestAccount): Promise<{ count: number; pageSize: number }> {
  const { count, result: response } = await countSqlStatements(api, () =>
    api.graphql<{ tasks: { totalCount: number; edges: unknown[] } }>(PAGE, {}, account.accessToken),
  );
  expect(response.errors).toBeUndefined();
  return { count, pageSize: response.data!.tasks.edges.length };
}

describe("a page of tasks with their related objects", () => {
  it("costs the same number of SQL statements for 5 tasks as for 50", async () => {
    const [few, many] = [await userWithTasks(5), await userWithTasks(50)];
    const small = await statementsFor(few);
    const large = await statementsFor(many);
    expect([small.pageSize, large.pageSize]).toEqual([5, 50]);
    expect(large.count).toBe(small.count);
    // page, count, categories, history, subtasks, parents: one each
    expect(large.count).toBe(6);
  });
});
