import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { type GraphqlResponse, startTestApi, type TestApi } from "../../testing/test-api";
import { refusalOf } from "../goals/goal-test-client";
import { created, taskClient } from "./task-test-builder";

// 23:00 on 14 June 2030 in New York, already 12:00 on the 15th in Tokyo.
const NOW = "2030-06-15T03:00:00Z";

interface Listed {
  id: string;
  title: string;
  dueDate: string | null;
  dueOn: string | null;
  startOn: string | null;
  durationMinutes: number | null;
}
interface Connection {
  edges: { node: Listed }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const LIST = `query($filter: TaskFilter, $first: Int, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) {
    edges { node { id title dueDate dueOn startOn durationMinutes } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

let api: TestApi;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  tasks = taskClient(api);
});
afterAll(() => api?.stop());

async function titles(account: TestAccount, filter: Record<string, unknown> | null = null, first = 50) {
  const found: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const response: GraphqlResponse<{ tasks: Connection }> = await api.graphql<{ tasks: Connection }>(
      LIST,
      { filter, first, after },
      account.accessToken,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    found.push(...response.data.tasks.edges.map((edge) => edge.node.title));
    if (!response.data.tasks.pageInfo.hasNextPage) return found;
    after = response.data.tasks.pageInfo.endCursor;
  }
  throw new Error("the list never ended");
}

const makeTask = async (account: TestAccount, input: Record<string, unknown>) =>
  created(tasks.create(account, input));

describe("all-day due dates in the user's calendar", () => {
  it("are due today all that day, overdue from the next, and sort at the start of their day in every list path", async () => {
    const owner = await signUpTestAccount(api, { timezone: "America/New_York" });
    await makeTask(owner, { title: "timed today noon", dueDate: "2030-06-14T16:00:00Z" });
    await makeTask(owner, { title: "all-day today", dueOn: "2030-06-14" });
    await makeTask(owner, { title: "all-day yesterday", dueOn: "2030-06-13" });
    await makeTask(owner, { title: "all-day tomorrow", dueOn: "2030-06-15" });
    await makeTask(owner, { title: "timed yesterday late", dueDate: "2030-06-14T03:30:00Z" });
    await makeTask(owner, { title: "undated" });

    const order = [
      "all-day yesterday",
      "timed yesterday late",
      "all-day today",
      "timed today noon",
      "all-day tomorrow",
      "undated",
    ];
    expect(await titles(owner)).toEqual(order); // the Redis sets
    expect(await titles(owner, null, 2)).toEqual(order); // their cursors, page by page
    expect(await titles(owner, { search: "a" }, 2)).toEqual(order.filter((t) => t.includes("a"))); // SQL keyset
    expect(await titles(owner, { dueToday: true })).toEqual(["all-day today", "timed today noon"]);
    expect(await titles(owner, { overdue: true })).toEqual(["all-day yesterday", "timed yesterday late"]);
  });

  it("stay due on their date when the user moves to another zone; timed tasks keep their instant", async () => {
    const owner = await signUpTestAccount(api, { timezone: "America/New_York" });
    const allDay = await makeTask(owner, { title: "all-day 14th", dueOn: "2030-06-14" });
    await makeTask(owner, { title: "timed", dueDate: "2030-06-14T16:00:00Z" }); // 01:00 on the 15th in Tokyo
    await makeTask(owner, { title: "all-day 15th", dueOn: "2030-06-15" });
    expect(await titles(owner, { dueToday: true })).toEqual(["all-day 14th", "timed"]);
    expect(await titles(owner)).toEqual(["all-day 14th", "timed", "all-day 15th"]);

    const moved = await api.graphql(
      `mutation { updateProfile(input: { timezone: "Asia/Tokyo" }) { timezone } }`,
      {},
      owner.accessToken,
    );
    expect(moved.errors).toBeUndefined();
    expect((await tasks.get(owner, allDay.id)).data!.task).toMatchObject({ dueDate: null });
    // Now the 15th in Tokyo: the 14th is overdue, and the 15th's all-day task comes before its 01:00.
    expect(await titles(owner, { dueToday: true })).toEqual(["all-day 15th", "timed"]);
    expect(await titles(owner, { overdue: true })).toEqual(["all-day 14th"]);
    expect(await titles(owner)).toEqual(["all-day 14th", "all-day 15th", "timed"]);
  });

  it("startedOnly hides tasks that start after the user's today", async () => {
    const owner = await signUpTestAccount(api, { timezone: "America/New_York" });
    await makeTask(owner, { title: "no start" });
    await makeTask(owner, { title: "started today", startOn: "2030-06-14" });
    await makeTask(owner, { title: "starts tomorrow", startOn: "2030-06-15" }); // today in Tokyo, not here
    expect((await titles(owner, { startedOnly: true })).sort()).toEqual(["no start", "started today"]);
    expect(await titles(owner, { startedOnly: false })).toHaveLength(3);
  });
});

describe("what a task accepts", () => {
  let owner: TestAccount;
  beforeAll(async () => {
    owner = await signUpTestAccount(api, { timezone: "Europe/Berlin" });
  });

  it("has dueDate or dueOn, never both: BAD_USER_INPUT naming dueOn", async () => {
    expect(
      await refusalOf(
        tasks.create(owner, { title: "both", dueDate: "2030-06-20T10:00:00Z", dueOn: "2030-06-20" }),
      ),
    ).toEqual({ code: "BAD_USER_INPUT", fields: ["input.dueOn"] });
    const timed = await makeTask(owner, { title: "timed", dueDate: "2030-06-20T10:00:00Z" });
    expect(await refusalOf(tasks.update(owner, timed.id, { dueOn: "2030-06-21" }))).toEqual({
      code: "BAD_USER_INPUT",
      fields: ["input.dueOn"],
    });
    // Clearing one and setting the other in the same update makes it an all-day task.
    const { data } = await api.graphql<{ updateTask: Listed }>(
      `mutation($id: ID!) { updateTask(id: $id, input: { dueDate: null, dueOn: "2030-06-21" }) { id title dueDate dueOn startOn durationMinutes } }`,
      { id: timed.id },
      owner.accessToken,
    );
    expect(data!.updateTask).toMatchObject({ dueDate: null, dueOn: "2030-06-21" });
  });

  it("leaves dueOn, startOn and durationMinutes as they are when left out, and clears them with null", async () => {
    const task = await makeTask(owner, {
      title: "fields",
      dueOn: "2030-06-20",
      startOn: "2030-06-18",
      durationMinutes: 45,
    });
    const read = async () =>
      (
        await api.graphql<{ task: Listed }>(
          `query($id: ID!) { task(id: $id) { id title dueDate dueOn startOn durationMinutes } }`,
          { id: task.id },
          owner.accessToken,
        )
      ).data!.task;
    expect(await read()).toMatchObject({ dueOn: "2030-06-20", startOn: "2030-06-18", durationMinutes: 45 });
    await tasks.update(owner, task.id, { title: "renamed" });
    expect(await read()).toMatchObject({ dueOn: "2030-06-20", startOn: "2030-06-18", durationMinutes: 45 });
    await tasks.update(owner, task.id, { dueOn: null, startOn: null, durationMinutes: null });
    expect(await read()).toMatchObject({ dueOn: null, startOn: null, durationMinutes: null });
  });

  it.each([
    ["a zero duration", { durationMinutes: 0 }],
    ["a duration over a week", { durationMinutes: 10081 }],
  ])("refuses %s as BAD_USER_INPUT naming durationMinutes", async (_case, input) => {
    expect(await refusalOf(tasks.create(owner, { title: "bad", ...input }))).toEqual({
      code: "BAD_USER_INPUT",
      fields: ["input.durationMinutes"],
    });
  });

  it.each([
    ["a 31 June", { dueOn: "2030-06-31" }],
    ["a start date that is not a date", { startOn: "tomorrow" }],
  ])("refuses %s (the Date scalar) before anything is written", async (_case, input) => {
    const refusal = await refusalOf(tasks.create(owner, { title: "bad", ...input }));
    expect(refusal.code).toBe("BAD_USER_INPUT");
  });
});
