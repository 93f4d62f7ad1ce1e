import "reflect-metadata";
import { CacheKeys } from "@momentum/domain";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { noonIn } from "../../testing/test-calendar";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { created, taskClient } from "./task-test-builder";

const KIRITIMATI = "Pacific/Kiritimati"; // UTC+14: usually already tomorrow compared with the server

interface ListedTask {
  id: string;
  title: string;
  dueDate: string | null;
  status: string;
}
interface Connection {
  edges: { cursor: string; node: ListedTask }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const LIST = `query($filter: TaskFilter, $first: Int, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) { edges { cursor node { id title dueDate status } } pageInfo { hasNextPage endCursor } totalCount }
}`;

let api: TestApi;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi({ now: noonIn(KIRITIMATI) });
  tasks = taskClient(api);
});
afterAll(() => api?.stop());

async function list(account: TestAccount, variables: Record<string, unknown> = {}) {
  const response = await api.graphql<{ tasks: Connection }>(LIST, variables, account.accessToken);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.tasks;
}

/** Every task of the list, page by page. */
async function allPages(account: TestAccount, filter: Record<string, unknown> | null, first: number) {
  const titles: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const connection: Connection = await list(account, { filter, first, after });
    titles.push(...connection.edges.map((edge) => edge.node.title));
    if (!connection.pageInfo.hasNextPage) return { titles, totalCount: connection.totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error("the list never ended");
}

describe("paging through tasks", () => {
  let owner: TestAccount;
  beforeAll(async () => {
    owner = await signUpTestAccount(api);
    const dues = [
      "2030-01-03T00:00:00Z",
      null,
      "2030-01-01T00:00:00Z",
      "2030-01-03T00:00:00Z",
      null,
      "2030-01-02T00:00:00Z",
      "2030-01-03T00:00:00Z",
    ];
    for (const [index, dueDate] of dues.entries())
      await created(tasks.create(owner, { title: `paged ${index}`, dueDate }));
  });

  it.each([1, 2, 3, 50])(
    "pages of %i give every task once, by due date with undated last, from the cache and from SQL alike",
    async (first) => {
      const cached = await allPages(owner, null, first);
      const fromSql = await allPages(owner, { search: "PAGED" }, first);
      expect(cached.titles).toHaveLength(7);
      expect(new Set(cached.titles).size).toBe(7);
      expect(fromSql).toEqual(cached);
      expect(cached.totalCount).toBe(7);
      const listed = (await list(owner, { first: 7 })).edges.map((edge) => edge.node.dueDate);
      expect(listed).toEqual([...listed.slice(0, 5)].sort().concat([null, null]));
    },
  );

  it("an empty page has no next page and no end cursor", async () => {
    expect(await list(owner, { first: 0 })).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: null },
      totalCount: 7,
    });
  });

  it.each([
    ["a cursor we did not issue", { after: "bm90LWEtY3Vyc29y" }, "after"],
    ["more than 100 per page", { first: 101 }, "first"],
    ["a negative page size", { first: -1 }, "first"],
    [
      "dueFrom after dueTo",
      { filter: { dueFrom: "2030-02-01T00:00:00Z", dueTo: "2030-01-01T00:00:00Z" } },
      "filter.dueFrom",
    ],
    [
      "topLevelOnly with parentTaskId",
      { filter: { topLevelOnly: true, parentTaskId: "5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11" } },
      "filter.topLevelOnly",
    ],
    ["a malformed category id", { filter: { categoryId: "x" } }, "filter.categoryId"],
  ])("refuses %s as BAD_USER_INPUT", async (_case, variables, field) => {
    const response = await api.graphql(LIST, variables, owner.accessToken);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("User.tasks is the same list as Query.tasks", async () => {
    const response = await api.graphql<{ me: { tasks: Connection } }>(
      `query { me { tasks(first: 3) { edges { cursor node { id title dueDate status } } pageInfo { hasNextPage endCursor } totalCount } } }`,
      {},
      owner.accessToken,
    );
    expect(response.data!.me.tasks).toEqual(await list(owner, { first: 3 }));
  });
});

describe("the per-status Redis lists", () => {
  it("are filled by a status list and dropped by every write, so a list never shows a stale task", async () => {
    const owner = await signUpTestAccount(api);
    const task = await created(tasks.create(owner, { title: "Cached", dueDate: "2030-05-01T00:00:00Z" }));
    const pendingKey = CacheKeys.taskList(owner.userId, "pending");

    expect(
      (await list(owner, { filter: { status: ["PENDING"] } })).edges.map((edge) => edge.node.id),
    ).toEqual([task.id]);
    expect(await api.deps.redis.zscore(pendingKey, task.id)).toBe(String(Date.parse("2030-05-01T00:00:00Z")));
    expect(await api.deps.redis.ttl(pendingKey)).toBeGreaterThan(14 * 60);

    await tasks.complete(owner, task.id);
    expect(await api.deps.redis.exists(pendingKey)).toBe(0);
    expect((await list(owner, { filter: { status: ["PENDING"] } })).totalCount).toBe(0);
    expect(
      (await list(owner, { filter: { status: ["COMPLETED"] } })).edges.map((edge) => edge.node.id),
    ).toEqual([task.id]);

    await tasks.update(owner, task.id, { dueDate: "2030-04-01T00:00:00Z" });
    const second = await created(tasks.create(owner, { title: "Second", dueDate: "2030-04-15T00:00:00Z" }));
    await tasks.reopen(owner, task.id);
    expect(
      (await list(owner, { filter: { status: ["PENDING"] } })).edges.map((edge) => edge.node.id),
    ).toEqual([task.id, second.id]);
    await tasks.remove(owner, task.id);
    expect((await list(owner)).edges.map((edge) => edge.node.id)).toEqual([second.id]);
  });
});

describe("filters", () => {
  it("status, category, due range, parent, top level and search (case-insensitive, in title and description, % taken literally)", async () => {
    const owner = await signUpTestAccount(api);
    const category = (
      await api.graphql<{ createCategory: { id: string } }>(
        `mutation { createCategory(input: { name: "Work", color: "#00AA00", type: TASK }) { id } }`,
        {},
        owner.accessToken,
      )
    ).data!.createCategory.id;
    const parent = await created(
      tasks.create(owner, {
        title: "Quarterly Report",
        categoryId: category,
        dueDate: "2030-03-01T00:00:00Z",
      }),
    );
    const child = await created(
      tasks.create(owner, {
        title: "Charts",
        description: "For the REPORT",
        parentTaskId: parent.id,
        dueDate: "2030-02-01T00:00:00Z",
      }),
    );
    const discount = await created(tasks.create(owner, { title: "Ask for 100% discount" }));
    await tasks.complete(owner, discount.id);

    const ids = async (filter: Record<string, unknown>) =>
      (await list(owner, { filter })).edges.map((edge) => edge.node.id);
    expect(await ids({ status: ["COMPLETED"] })).toEqual([discount.id]);
    expect(await ids({ categoryId: category })).toEqual([parent.id]);
    expect(await ids({ dueFrom: "2030-02-15T00:00:00Z", dueTo: "2030-03-01T00:00:00Z" })).toEqual([
      parent.id,
    ]);
    expect(await ids({ parentTaskId: parent.id })).toEqual([child.id]);
    expect(await ids({ topLevelOnly: true })).toEqual([parent.id, discount.id]);
    expect(await ids({ search: "report" })).toEqual([child.id, parent.id]);
    expect(await ids({ search: "100%" })).toEqual([discount.id]);
    expect(await ids({ search: "0%d" })).toEqual([]);
    expect(await ids({ search: "report", status: ["PENDING"], topLevelOnly: true })).toEqual([parent.id]);
  });

  it("dueToday and overdue follow the user's own calendar day, not the server's", async () => {
    const owner = await signUpTestAccount(api, { timezone: KIRITIMATI });
    const startOfToday = DateTime.fromJSDate(api.clock.now(), { zone: KIRITIMATI }).startOf("day");
    const at = (time: DateTime) => time.toUTC().toISO();
    const yesterday = await created(
      tasks.create(owner, { title: "Yesterday", dueDate: at(startOfToday.minus({ minutes: 1 })) }),
    );
    const todayEarly = await created(
      tasks.create(owner, { title: "Today early", dueDate: at(startOfToday) }),
    );
    const todayLate = await created(
      tasks.create(owner, { title: "Today late", dueDate: at(startOfToday.endOf("day")) }),
    );
    await created(tasks.create(owner, { title: "Tomorrow", dueDate: at(startOfToday.plus({ days: 1 })) }));
    const doneYesterday = await created(
      tasks.create(owner, { title: "Done yesterday", dueDate: at(startOfToday.minus({ hours: 2 })) }),
    );
    await tasks.complete(owner, doneYesterday.id);

    const ids = async (filter: Record<string, unknown>) =>
      (await list(owner, { filter })).edges.map((edge) => edge.node.id);
    expect(await ids({ dueToday: true })).toEqual([todayEarly.id, todayLate.id]);
    expect(await ids({ overdue: true })).toEqual([yesterday.id]);
  });
});
