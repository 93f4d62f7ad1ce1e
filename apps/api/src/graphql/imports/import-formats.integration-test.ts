import "reflect-metadata";
import { HabitLog, ImportKey } from "@momentum/db";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { fixtureBytes, fixtureText, useImportTestApi } from "./import-test-client.test-support";

const loopFiles = ["Habits.csv", "Checkmarks.csv", "001 Meditate/Checkmarks.csv", "002 Run/Checkmarks.csv"];
/** Loop's export as the app sends it: a zip, base64. */
const loopExport = () =>
  Buffer.from(
    zipSync(Object.fromEntries(loopFiles.map((name) => [name, fixtureBytes(`loop-export/${name}`)]))),
  ).toString("base64");

const t = useImportTestApi();

describe("importing a Todoist CSV", () => {
  it("creates sections as categories and tasks with subtasks, priorities and recurrence, skipping bad rows by line", async () => {
    const account = await signUpTestAccount(t.api);
    const job = await t.importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    expect(job).toMatchObject({ status: "DONE", created: 9, skipped: 1, finishedAt: expect.any(String) });
    expect(job.warnings).toContain("line 11: unknown priority 7");
    expect(job.warnings).toContain(
      'line 12: recurring date "every 3rd sunday" has no matching rule; imported without recurrence',
    );

    const tasks = await t.tasksOf(account);
    expect(tasks).toHaveLength(7);
    const groceries = tasks.find((task) => task.title === "Buy groceries")!;
    expect(groceries).toMatchObject({ priority: 4, description: "Milk, eggs\nand bread" });
    expect(groceries.category?.name).toBe("Errands");
    expect(tasks.find((task) => task.title === "Pick up the bike")!.parentTask?.id).toBe(groceries.id);
    const sync = tasks.find((task) => task.title === "Team sync")!;
    expect(sync.recurrenceRule).toEqual({
      rrule: "FREQ=WEEKLY;BYDAY=MO",
      timezone: "Europe/Berlin",
      anchor: "DUE",
    });
    expect(sync.dueDate!.getTime()).toBeGreaterThan(t.api.clock.now().getTime());

    // The app's own reads see them: the same services made them.
    const listed = await t.call<{ tasks: { totalCount: number } }>(account, `{ tasks { totalCount } }`);
    expect(listed.data?.tasks.totalCount).toBeGreaterThanOrEqual(6);
  });

  it("never half-creates a task: one whose subtask is refused is left out whole, naming its line", async () => {
    const account = await signUpTestAccount(t.api);
    const csv = [
      "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT",
      "task,Plan the trip,,4,1",
      `task,${"x".repeat(300)},,1,2`,
      "task,Book the hotel,,1,1",
    ].join("\n");
    const job = await t.importFile(account, "TODOIST_CSV", csv);
    expect(job).toMatchObject({ status: "DONE", created: 1, skipped: 1 });
    expect(job.warnings).toEqual(["line 3: title must be at most 255 characters"]);
    expect((await t.tasksOf(account)).map((task) => task.title)).toEqual(["Book the hotel"]);
  });

  it("imports the same file twice without duplicating anything", async () => {
    const account = await signUpTestAccount(t.api);
    await t.importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    const again = await t.importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    expect(again).toMatchObject({ status: "DONE", created: 0, skipped: 1 });
    expect(again.warnings).toContain("9 objects were imported before and were left as they are");
    expect(await t.tasksOf(account)).toHaveLength(7);
  });
});

describe("importing a Todoist CSV with labels and all-day dates", () => {
  it("makes @labels the user's tags (matched by name whatever the case) and a day without a time an all-day date", async () => {
    const account = await signUpTestAccount(t.api);
    await t.call(account, `mutation { createTag(input: { name: "ERRANDS" }) { id } }`);
    const csv = [
      "TYPE,CONTENT,PRIORITY,INDENT,DATE,TIMEZONE",
      "task,Buy stamps @errands @post,1,1,2030-05-06,Asia/Tokyo",
      "task,Post the letter @post,1,2,,",
    ].join("\n");
    const job = await t.importFile(account, "TODOIST_CSV", csv);
    expect(job).toMatchObject({ status: "DONE", created: 3, skipped: 0, warnings: [] });

    const read = await t.call<{
      tasks: {
        edges: {
          node: { title: string; dueOn: string | null; dueDate: string | null; tags: { name: string }[] };
        }[];
      };
      tags: { name: string }[];
    }>(account, `{ tasks { edges { node { title dueOn dueDate tags { name } } } } tags { name } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data!.tags.map((tag) => tag.name).sort()).toEqual(["ERRANDS", "post"]);
    const byTitle = Object.fromEntries(read.data!.tasks.edges.map(({ node }) => [node.title, node]));
    expect(byTitle["Buy stamps"]).toMatchObject({ dueOn: "2030-05-06", dueDate: null });
    expect(byTitle["Buy stamps"]!.tags.map((tag) => tag.name).sort()).toEqual(["ERRANDS", "post"]);
    expect(byTitle["Post the letter"]!.tags).toEqual([{ name: "post" }]);

    const again = await t.importFile(account, "TODOIST_CSV", csv);
    expect(again).toMatchObject({ status: "DONE", created: 0 });
    expect((await t.call<{ tags: unknown[] }>(account, `{ tags { id } }`)).data!.tags).toHaveLength(2);
  });
});

describe("importing a Loop Habit Tracker export", () => {
  it("creates habits with their frequencies and the manual checkmarks as logs", async () => {
    const account = await signUpTestAccount(t.api);
    const job = await t.importFile(account, "LOOP_CSV_ZIP", loopExport());
    expect(job).toMatchObject({ status: "DONE", created: 4 });
    const habits = await t.call<{
      habits: { title: string; frequencyType: string; isArchived: boolean }[];
    }>(account, `{ habits(includeArchived: true) { title frequencyType isArchived } }`);
    expect(habits.errors).toBeUndefined();
    expect(habits.data!.habits.map((habit) => [habit.title, habit.frequencyType]).sort()).toEqual([
      ["Floss", "EVERY_N_DAYS"],
      ["Meditate", "DAILY"],
      ["Read", "TIMES_PER_WEEK"],
      ["Run", "TIMES_PER_WEEK"],
    ]);
    const logs = await t.api.deps.orm.em
      .fork()
      .find(HabitLog, { user: account.userId }, { populate: ["habit"] });
    const run = logs.filter((log) => log.habit.title === "Run");
    expect(run.map((log) => log.value)).toEqual([5.5]);
    expect(logs.filter((log) => log.habit.title === "Meditate" && log.skipReason)).toHaveLength(1);

    const again = await t.importFile(account, "LOOP_CSV_ZIP", loopExport());
    expect(again.created).toBe(0);
    expect(await t.api.deps.orm.em.fork().count(HabitLog, { user: account.userId })).toBe(logs.length);
  });
});

describe("restoring a Momentum export", () => {
  it("creates categories, tasks with subtasks, habits with logs and goals with milestones and links", async () => {
    const account = await signUpTestAccount(t.api);
    const job = await t.importFile(account, "MOMENTUM_JSON", fixtureText("momentum-export.json"));
    expect(job).toMatchObject({ status: "DONE", created: 7, skipped: 1 });
    expect(job.warnings).toEqual(["tasks[4]: title Invalid input: expected string, received number"]);

    const tasks = await t.tasksOf(account);
    expect(tasks.find((task) => task.title === "Buy paint")).toMatchObject({ status: "completed" });
    const goals = await t.call<{
      goals: {
        title: string;
        milestones: { title: string; completedAt: string | null }[];
        relatedTasks: { title: string }[];
        relatedHabits: { title: string }[];
      }[];
    }>(
      account,
      `{ goals { title milestones { title completedAt } relatedTasks { title } relatedHabits { title } } }`,
    );
    expect(goals.errors).toBeUndefined();
    expect(goals.data!.goals[0]).toMatchObject({
      title: "Finish the garden",
      milestones: [
        { title: "Fence painted", completedAt: expect.any(String) },
        { title: "Beds planted", completedAt: null },
      ],
      relatedTasks: [{ title: "Paint the fence" }],
      relatedHabits: [{ title: "Read" }],
    });
    expect(await t.api.deps.orm.em.fork().count(ImportKey, { user: account.userId })).toBe(6);
  });

  it("restores a real export into another account, and into its own without duplicating", async () => {
    const source = await signUpTestAccount(t.api);
    await t.call(source, `mutation { createTask(input: { title: "Exported task" }) { id } }`);
    const { userDataArchive } = await import("@momentum/domain");
    const archive = await userDataArchive(
      t.api.deps.orm.em.fork(),
      t.api.deps.analyticsOrm.em.fork(),
      source.userId,
      t.api.clock.now(),
    );
    const target = await signUpTestAccount(t.api);
    const job = await t.importFile(target, "MOMENTUM_JSON", JSON.stringify(archive));
    expect(job).toMatchObject({ status: "DONE", created: 1, skipped: 0 });
    expect((await t.tasksOf(target)).map((task) => task.title)).toEqual(["Exported task"]);

    // Restored into the account it came from, nothing is created twice.
    const restored = await t.importFile(source, "MOMENTUM_JSON", JSON.stringify(archive));
    expect(restored).toMatchObject({ status: "DONE", created: 0, skipped: 0 });
    expect(await t.tasksOf(source)).toHaveLength(1);
  });
});
