import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { countSqlStatements } from "../../testing/sql-statement-counter";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";
import { tagClient } from "./tag-test-client";

const TASKS = `query { tasks(first: 50) { edges { node { id tags { name } } } } }`;
const HABITS = `query { habits { id tags { name } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

/** A user with `count` tasks and `count` habits, each carrying two tags. */
async function userWithTaggedThings(count: number): Promise<TestAccount> {
  const account = await signUpTestAccount(api);
  const tags = tagClient(api);
  const tagIds = [(await tags.made(account, "One")).id, (await tags.made(account, "Two")).id];
  for (let index = 0; index < count; index++) {
    await created(taskClient(api).create(account, { title: `Task ${index}`, tagIds }));
    await habitClient(api).create(account, { title: `Habit ${index}`, frequencyType: "DAILY", tagIds });
  }
  return account;
}

/** SQL statements of one request, once the task lists' cache is filled (as it is after the first read). */
async function statementsFor(account: TestAccount, query: string): Promise<number> {
  await api.graphql(query, {}, account.accessToken);
  const { count, result } = await countSqlStatements(api, () => api.graphql(query, {}, account.accessToken));
  expect(result.errors).toBeUndefined();
  const json = JSON.stringify(result.data);
  // Every object of the list came with both its tags, when asked for.
  if (query.includes("tags")) expect(json.match(/"Two"/g)?.length).toBe(json.match(/"id"/g)?.length);
  return count;
}

describe("tags of a list", () => {
  it("cost one SQL statement for all the tasks, and one for all the habits, however many there are", async () => {
    const [few, many] = [await userWithTaggedThings(3), await userWithTaggedThings(15)];
    const tasksFew = await statementsFor(few, TASKS);
    const habitsFew = await statementsFor(few, HABITS);
    expect(await statementsFor(many, TASKS)).toBe(tasksFew);
    expect(await statementsFor(many, HABITS)).toBe(habitsFew);
    // The same lists without their tags cost exactly one statement less.
    expect(await statementsFor(many, TASKS.replace("tags { name }", ""))).toBe(tasksFew - 1);
    expect(await statementsFor(many, HABITS.replace("tags { name }", ""))).toBe(habitsFew - 1);
  });
});
