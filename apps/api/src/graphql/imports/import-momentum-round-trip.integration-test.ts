import "reflect-metadata";
import { Task } from "@momentum/db";
import { userDataArchive } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { useImportTestApi } from "./import-test-client.test-support";

const t = useImportTestApi();

const exportOf = async (account: TestAccount) =>
  JSON.stringify(
    await userDataArchive(
      t.api.deps.orm.em.fork(),
      t.api.deps.analyticsOrm.em.fork(),
      account.userId,
      t.api.clock.now(),
    ),
  );

/** What the app shows of an account, with tags by name so two accounts compare. */
async function contentOf(account: TestAccount) {
  const read = await t.call<{
    tasks: {
      edges: {
        node: {
          title: string;
          dueDate: string | null;
          dueOn: string | null;
          startOn: string | null;
          durationMinutes: number | null;
          reminders: { at: string | null; minutesBefore: number | null }[];
          tags: { name: string }[];
        };
      }[];
    };
    habits: {
      title: string;
      reminders: { time: string; days: string[] | null }[];
      tags: { name: string }[];
    }[];
    savedFilters: { name: string; filter: Record<string, unknown> }[];
    tags: { id: string; name: string; color: string | null }[];
  }>(
    account,
    `{ tasks(first: 20) { edges { node { title dueDate dueOn startOn durationMinutes recurrence { rrule anchor }
       reminders { at minutesBefore } tags { name } } } }
       habits { title reminders { time days } tags { name } } savedFilters { name filter } tags { id name color } }`,
  );
  expect(read.errors).toBeUndefined();
  const { tasks, habits, savedFilters, tags } = read.data!;
  const tagName = new Map(tags.map((tag) => [tag.id, tag.name.toLowerCase()]));
  const names = (list: { name: string }[]) => list.map((tag) => tag.name.toLowerCase()).sort();
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
  return {
    tasks: tasks.edges.map(({ node }) => ({ ...node, tags: names(node.tags) })).sort(byTitle),
    habits: habits.map((habit) => ({ ...habit, tags: names(habit.tags) })).sort(byTitle),
    savedFilters: savedFilters.map(({ name, filter }) => ({
      name,
      filter: { ...filter, tagIds: ((filter.tagIds as string[]) ?? []).map((id) => tagName.get(id)) },
    })),
    tags: tags.map((tag) => tag.name.toLowerCase()).sort(),
  };
}

async function mutate<T = Record<string, unknown>>(account: TestAccount, query: string, variables = {}) {
  const result = await t.call<T>(account, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** An account with tags, an all-day task with a start date and a duration, a timed one, a habit and a filter. */
async function accountWithTagsAndDates() {
  const account = await signUpTestAccount(t.api);
  const tag = async (name: string, color: string | null) =>
    (
      await mutate<{ createTag: { id: string } }>(
        account,
        `mutation($input: TagInput!) { createTag(input: $input) { id } }`,
        { input: { name, color } },
      )
    ).createTag.id;
  const work = await tag("Work", "#112233");
  const home = await tag("home", null);
  const createTask = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
  await mutate(account, createTask, {
    input: {
      title: "Report",
      dueOn: "2030-03-05",
      startOn: "2030-03-01",
      durationMinutes: 90,
      reminders: [{ minutesBefore: 60 }, { at: "2030-03-03T08:00:00.000Z" }],
      tagIds: [work],
    },
  });
  await mutate(account, createTask, {
    input: { title: "Call", dueDate: "2030-03-02T10:00:00.000Z", tagIds: [work, home] },
  });
  await mutate(account, createTask, {
    input: {
      title: "Water the plants",
      dueOn: "2030-03-04",
      recurrence: { rrule: "FREQ=DAILY;INTERVAL=3", anchor: "COMPLETION" },
    },
  });
  const trashed = await mutate<{ createTask: { id: string } }>(account, createTask, {
    input: { title: "Thrown away", tagIds: [home] },
  });
  await mutate(account, `mutation($id: ID!) { deleteTask(id: $id) }`, { id: trashed.createTask.id });
  await mutate(account, `mutation($input: CreateHabitInput!) { createHabit(input: $input) { id } }`, {
    input: {
      title: "Tidy up",
      frequencyType: "DAILY",
      reminders: [{ time: "07:30", days: ["MON", "FRI"] }, { time: "21:00" }],
      tagIds: [home],
    },
  });
  await mutate(
    account,
    `mutation($filter: TaskFilter!) { createSavedFilter(name: "Work this month", filter: $filter) { id } }`,
    { filter: { tagIds: [work], dueFrom: "2030-03-01T00:00:00.000Z", dueTo: "2030-03-31T00:00:00.000Z" } },
  );
  return account;
}

describe("restoring a Momentum export with tags, all-day tasks and saved filters", () => {
  it("recreates them in another account as the source shows them, tags matched by name whatever the case", async () => {
    const source = await accountWithTagsAndDates();
    const target = await signUpTestAccount(t.api);
    await mutate(target, `mutation { createTag(input: { name: "WORK" }) { id } }`);

    const job = await t.importFile(target, "MOMENTUM_JSON", await exportOf(source));
    expect(job).toMatchObject({ status: "DONE", skipped: 0, warnings: [] });
    // home (Work is the target's own WORK), three tasks, a habit, a saved filter; the trashed task stays out.
    expect(job.created).toBe(6);

    const [was, now] = [await contentOf(source), await contentOf(target)];
    expect(now).toEqual(was);
    expect(now.tasks.find((task) => task.title === "Report")).toMatchObject({
      dueOn: "2030-03-05",
      dueDate: null,
      startOn: "2030-03-01",
      durationMinutes: 90,
      reminders: [
        { at: null, minutesBefore: 60 },
        { at: "2030-03-03T08:00:00.000Z", minutesBefore: null },
      ],
      tags: ["work"],
    });
    expect(now.habits.find((habit) => habit.title === "Tidy up")?.reminders).toEqual([
      { time: "07:30", days: ["MON", "FRI"] },
      { time: "21:00", days: null },
    ]);
    expect(now.tasks.find((task) => task.title === "Water the plants")).toMatchObject({
      dueOn: "2030-03-04",
      recurrence: { rrule: "FREQ=DAILY;INTERVAL=3", anchor: "COMPLETION" },
    });
    expect(now.savedFilters).toEqual([
      {
        name: "Work this month",
        filter: { tagIds: ["work"], dueFrom: "2030-03-01T00:00:00.000Z", dueTo: "2030-03-31T00:00:00.000Z" },
      },
    ]);
  });

  it("restored into its own account creates nothing twice, and a task since put in the trash comes back as a new task", async () => {
    const source = await accountWithTagsAndDates();
    const archive = await exportOf(source);
    const before = await contentOf(source);
    const call = await t.api.deps.orm.em.fork().findOneOrFail(Task, { user: source.userId, title: "Call" });
    await mutate(source, `mutation($id: ID!) { deleteTask(id: $id) }`, { id: call.id });

    const job = await t.importFile(source, "MOMENTUM_JSON", archive);
    expect(job).toMatchObject({ status: "DONE", created: 1, skipped: 0 });
    expect(await contentOf(source)).toEqual(before);
    const calls = await t.api.deps.orm.em.fork().find(Task, { user: source.userId, title: "Call" });
    expect(calls.map((task) => task.isDeleted).sort()).toEqual([false, true]);
  });
});
