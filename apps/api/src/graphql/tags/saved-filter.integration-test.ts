import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { tagClient } from "./tag-test-client";

interface SavedFilterResult {
  id: string;
  name: string;
  filter: Record<string, unknown>;
}

let api: TestApi;
let owner: TestAccount;
let intruder: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  [owner, intruder] = await Promise.all([signUpTestAccount(api), signUpTestAccount(api)]);
});
afterAll(() => api?.stop());

const create = (account: TestAccount, name: string, filter: Record<string, unknown>) =>
  api.graphql<{ createSavedFilter: SavedFilterResult }>(
    `mutation($name: String!, $filter: TaskFilter!) { createSavedFilter(name: $name, filter: $filter) { id name filter } }`,
    { name, filter },
    account.accessToken,
  );
const update = (
  account: TestAccount,
  id: string,
  change: { name?: string; filter?: Record<string, unknown> },
) =>
  api.graphql<{ updateSavedFilter: SavedFilterResult }>(
    `mutation($id: ID!, $name: String, $filter: TaskFilter) { updateSavedFilter(id: $id, name: $name, filter: $filter) { id name filter } }`,
    { id, ...change },
    account.accessToken,
  );
const remove = (account: TestAccount, id: string) =>
  api.graphql<{ deleteSavedFilter: boolean }>(
    `mutation($id: ID!) { deleteSavedFilter(id: $id) }`,
    { id },
    account.accessToken,
  );
const list = async (account: TestAccount) =>
  (
    await api.graphql<{ savedFilters: SavedFilterResult[]; me: { savedFilters: SavedFilterResult[] } }>(
      `query { savedFilters { id name filter } me { savedFilters { id name filter } } }`,
      {},
      account.accessToken,
    )
  ).data!;

async function saved(account: TestAccount, name: string, filter: Record<string, unknown>) {
  const { data, errors } = await create(account, name, filter);
  if (!data) throw new Error(`createSavedFilter failed: ${JSON.stringify(errors)}`);
  return data.createSavedFilter;
}

describe("saved filters", () => {
  it("keep a TaskFilter as given, listed oldest first, renamed and replaced apart", async () => {
    const account = await signUpTestAccount(api);
    const tag = await tagClient(api).made(account, "Work");
    const first = await saved(account, " Work this week ", {
      tagIds: [tag.id],
      status: ["PENDING", "IN_PROGRESS"],
      dueFrom: "2030-01-07T00:00:00.000Z",
      dueTo: "2030-01-14T00:00:00.000Z",
    });
    expect(first).toMatchObject({
      name: "Work this week",
      filter: {
        tagIds: [tag.id],
        status: ["PENDING", "IN_PROGRESS"],
        dueFrom: "2030-01-07T00:00:00.000Z",
        dueTo: "2030-01-14T00:00:00.000Z",
      },
    });
    const second = await saved(account, "Overdue", { overdue: true });

    const renamed = (await update(account, first.id, { name: "Work" })).data!.updateSavedFilter;
    expect(renamed.filter).toEqual(first.filter);
    const replaced = (await update(account, second.id, { filter: { dueToday: true } })).data!
      .updateSavedFilter;
    expect(replaced).toEqual({ id: second.id, name: "Overdue", filter: { dueToday: true } });

    const both = await list(account);
    expect(both.savedFilters.map((filter) => filter.name)).toEqual(["Work", "Overdue"]);
    expect(both.me.savedFilters).toEqual(both.savedFilters);

    // What was saved is a filter the task list takes back as it is.
    const tasks = await api.graphql<{ tasks: { totalCount: number } }>(
      `query($filter: TaskFilter) { tasks(filter: $filter) { totalCount } }`,
      { filter: renamed.filter },
      account.accessToken,
    );
    expect(tasks.data!.tasks.totalCount).toBe(0);

    expect((await remove(account, first.id)).data!.deleteSavedFilter).toBe(true);
    expect((await list(account)).savedFilters.map((filter) => filter.name)).toEqual(["Overdue"]);
  });

  it.each([
    [
      "dueFrom after dueTo",
      { dueFrom: "2030-01-14T00:00:00Z", dueTo: "2030-01-07T00:00:00Z" },
      "filter.dueFrom",
    ],
    [
      "topLevelOnly with a parent",
      { topLevelOnly: true, parentTaskId: crypto.randomUUID() },
      "filter.topLevelOnly",
    ],
    ["a tag id that is no id", { tagIds: ["nope"] }, "filter.tagIds.0"],
    ["a 201-character search", { search: "s".repeat(201) }, "filter.search"],
  ])("refuses a filter with %s as BAD_USER_INPUT naming the field", async (_case, filter, field) => {
    for (const response of [
      await create(owner, "Bad", filter),
      await update(owner, (await saved(owner, "Good", {})).id, { filter }),
    ]) {
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [expect.objectContaining({ field })],
      });
    }
  });

  it("refuses an empty name as BAD_USER_INPUT on name", async () => {
    expect((await create(owner, "  ", {})).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "name" })],
    });
  });

  it("another user's saved filter is NOT_FOUND to change or delete", async () => {
    const mine = await saved(owner, "Mine", {});
    expect((await update(intruder, mine.id, { name: "Theirs" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await remove(intruder, mine.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await list(intruder)).savedFilters).toEqual([]);
  });

  it("a user keeps at most 50: the 51st is CONFLICT", async () => {
    const account = await signUpTestAccount(api);
    for (let index = 0; index < 50; index++) await saved(account, `Filter ${index}`, {});
    const response = await create(account, "One more", {});
    expect(response.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(response.errors?.[0]?.message).toMatch(/at most 50 saved filters/);
  });
});
