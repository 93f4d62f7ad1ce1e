import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HabitLog, ImportJob, ImportJobStatus, ImportKey, Task } from "@momentum/db";
import { processImportJobs } from "@momentum/domain";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

// The fixtures are written from each format's documentation and live beside the domain's parsers.
const fixtures = join(__dirname, "../../../../../packages/domain/src/imports/fixtures");
const fixtureText = (name: string) => readFileSync(join(fixtures, name), "utf8");
const loopFiles = ["Habits.csv", "Checkmarks.csv", "001 Meditate/Checkmarks.csv", "002 Run/Checkmarks.csv"];
/** Loop's export as the app sends it: a zip, base64. */
const loopExport = () =>
  Buffer.from(
    zipSync(
      Object.fromEntries(loopFiles.map((name) => [name, readFileSync(join(fixtures, "loop-export", name))])),
    ),
  ).toString("base64");

const START = `mutation($format: ImportFormat!, $content: String!) {
  startImport(format: $format, content: $content) { id format status created skipped warnings finishedAt }
}`;
const JOB = `query($id: ID!) { importJob(id: $id) { id format status created skipped warnings finishedAt } }`;
const MAX_CONTENT_BYTES = 64 * 1024;

interface Job {
  id: string;
  format: string;
  status: string;
  created: number;
  skipped: number;
  warnings: string[];
  finishedAt: string | null;
}

let api: TestApi;
// The test runs the import job's rounds itself.
beforeAll(async () => {
  api = await startTestApi({
    env: {
      IMPORT_POLL_MS: "600000",
      IMPORT_MAX_CONTENT_BYTES: String(MAX_CONTENT_BYTES),
      RATE_LIMIT_IMPORTS_PER_USER: "6",
    },
  });
});
afterAll(() => api?.stop());

const call = <T = Record<string, unknown>>(account: TestAccount, query: string, variables = {}) =>
  api.graphql<T>(query, variables, account.accessToken);
const process = () =>
  processImportJobs({ em: api.deps.orm.em, redis: api.deps.redis, now: () => api.clock.now() });

async function importFile(account: TestAccount, format: string, content: string): Promise<Job> {
  const started = await call<{ startImport: Job }>(account, START, { format, content });
  expect(started.errors).toBeUndefined();
  expect(started.data!.startImport).toMatchObject({ format, status: "QUEUED", created: 0, finishedAt: null });
  await process();
  return jobOf(account, started.data!.startImport.id);
}

const jobOf = async (account: TestAccount, id: string) =>
  (await call<{ importJob: Job }>(account, JOB, { id })).data!.importJob;

const tasksOf = (account: TestAccount) =>
  api.deps.orm.em.fork().find(Task, { user: account.userId }, { populate: ["category", "parentTask"] });

describe("importing a Todoist CSV", () => {
  it("creates sections as categories and tasks with subtasks, priorities and recurrence, skipping bad rows by line", async () => {
    const account = await signUpTestAccount(api);
    const job = await importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    expect(job).toMatchObject({ status: "DONE", created: 9, skipped: 1, finishedAt: expect.any(String) });
    expect(job.warnings).toContain("line 11: unknown priority 7");
    expect(job.warnings).toContain(
      'line 12: recurring date "every 3rd sunday" has no matching rule; imported without recurrence',
    );

    const tasks = await tasksOf(account);
    expect(tasks).toHaveLength(7);
    const groceries = tasks.find((task) => task.title === "Buy groceries")!;
    expect(groceries).toMatchObject({ priority: 4, description: "Milk, eggs\nand bread" });
    expect(groceries.category?.name).toBe("Errands");
    expect(tasks.find((task) => task.title === "Pick up the bike")!.parentTask?.id).toBe(groceries.id);
    const sync = tasks.find((task) => task.title === "Team sync")!;
    expect(sync.recurrenceRule).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=MO", timezone: "Europe/Berlin" });
    expect(sync.dueDate!.getTime()).toBeGreaterThan(api.clock.now().getTime());

    // The app's own reads see them: the same services made them.
    const listed = await call<{ tasks: { totalCount: number } }>(account, `{ tasks { totalCount } }`);
    expect(listed.data?.tasks.totalCount).toBeGreaterThanOrEqual(6);
  });

  it("never half-creates a task: one whose subtask is refused is left out whole, naming its line", async () => {
    const account = await signUpTestAccount(api);
    const csv = [
      "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT",
      "task,Plan the trip,,4,1",
      `task,${"x".repeat(300)},,1,2`,
      "task,Book the hotel,,1,1",
    ].join("\n");
    const job = await importFile(account, "TODOIST_CSV", csv);
    expect(job).toMatchObject({ status: "DONE", created: 1, skipped: 1 });
    expect(job.warnings).toEqual(["line 3: title must be at most 255 characters"]);
    expect((await tasksOf(account)).map((task) => task.title)).toEqual(["Book the hotel"]);
  });

  it("imports the same file twice without duplicating anything", async () => {
    const account = await signUpTestAccount(api);
    await importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    const again = await importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    expect(again).toMatchObject({ status: "DONE", created: 0, skipped: 1 });
    expect(again.warnings).toContain("9 objects were imported before and were left as they are");
    expect(await tasksOf(account)).toHaveLength(7);
  });
});

describe("importing a Loop Habit Tracker export", () => {
  it("creates habits with their frequencies and the manual checkmarks as logs", async () => {
    const account = await signUpTestAccount(api);
    const job = await importFile(account, "LOOP_CSV_ZIP", loopExport());
    expect(job).toMatchObject({ status: "DONE", created: 4 });
    const habits = await call<{ habits: { title: string; frequencyType: string; isArchived: boolean }[] }>(
      account,
      `{ habits(includeArchived: true) { title frequencyType isArchived } }`,
    );
    expect(habits.errors).toBeUndefined();
    expect(habits.data!.habits.map((habit) => [habit.title, habit.frequencyType]).sort()).toEqual([
      ["Floss", "EVERY_N_DAYS"],
      ["Meditate", "DAILY"],
      ["Read", "TIMES_PER_WEEK"],
      ["Run", "TIMES_PER_WEEK"],
    ]);
    const logs = await api.deps.orm.em
      .fork()
      .find(HabitLog, { user: account.userId }, { populate: ["habit"] });
    const run = logs.filter((log) => log.habit.title === "Run");
    expect(run.map((log) => log.value)).toEqual([5.5]);
    expect(logs.filter((log) => log.habit.title === "Meditate" && log.skipReason)).toHaveLength(1);

    const again = await importFile(account, "LOOP_CSV_ZIP", loopExport());
    expect(again.created).toBe(0);
    expect(await api.deps.orm.em.fork().count(HabitLog, { user: account.userId })).toBe(logs.length);
  });
});

describe("restoring a Momentum export", () => {
  it("creates categories, tasks with subtasks, habits with logs and goals with milestones and links", async () => {
    const account = await signUpTestAccount(api);
    const job = await importFile(account, "MOMENTUM_JSON", fixtureText("momentum-export.json"));
    expect(job).toMatchObject({ status: "DONE", created: 7, skipped: 1 });
    expect(job.warnings).toEqual(["tasks[4]: title Invalid input: expected string, received number"]);

    const tasks = await tasksOf(account);
    expect(tasks.find((task) => task.title === "Buy paint")).toMatchObject({ status: "completed" });
    const goals = await call<{
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
    expect(await api.deps.orm.em.fork().count(ImportKey, { user: account.userId })).toBe(6);
  });

  it("restores a real export into another account, and into its own without duplicating", async () => {
    const source = await signUpTestAccount(api);
    await call(source, `mutation { createTask(input: { title: "Exported task" }) { id } }`);
    const { userDataArchive } = await import("@momentum/domain");
    const archive = await userDataArchive(
      api.deps.orm.em.fork(),
      api.deps.analyticsOrm.em.fork(),
      source.userId,
      api.clock.now(),
    );
    const target = await signUpTestAccount(api);
    const job = await importFile(target, "MOMENTUM_JSON", JSON.stringify(archive));
    expect(job).toMatchObject({ status: "DONE", created: 1, skipped: 0 });
    expect((await tasksOf(target)).map((task) => task.title)).toEqual(["Exported task"]);

    // Restored into the account it came from, nothing is created twice.
    const restored = await importFile(source, "MOMENTUM_JSON", JSON.stringify(archive));
    expect(restored).toMatchObject({ status: "DONE", created: 0, skipped: 0 });
    expect(await tasksOf(source)).toHaveLength(1);
  });
});

describe("import jobs", () => {
  it("refuses content over the limit as BAD_USER_INPUT on content", async () => {
    const account = await signUpTestAccount(api);
    const response = await call(account, START, {
      format: "TODOIST_CSV",
      content: "x".repeat(MAX_CONTENT_BYTES + 1),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "content" })],
    });
  });

  it("fails a file it cannot read, saying why", async () => {
    const account = await signUpTestAccount(api);
    const job = await importFile(account, "LOOP_CSV_ZIP", Buffer.from("not a zip").toString("base64"));
    expect(job).toMatchObject({ status: "FAILED", created: 0, finishedAt: expect.any(String) });
    expect(job.warnings).toEqual(["the content is not a zip file (base64)"]);
  });

  it("shows a job only to the user who started it", async () => {
    const owner = await signUpTestAccount(api);
    const other = await signUpTestAccount(api);
    const started = await call<{ startImport: Job }>(owner, START, {
      format: "TODOIST_CSV",
      content: "TYPE,CONTENT\n",
    });
    const response = await call(other, JOB, { id: started.data!.startImport.id });
    expect(response.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    await process();
  });

  it("takes up again a job whose worker died, and fails one that died too often", async () => {
    const account = await signUpTestAccount(api);
    const started = await call<{ startImport: Job }>(account, START, {
      format: "TODOIST_CSV",
      content: fixtureText("todoist-template.csv"),
    });
    const id = started.data!.startImport.id;
    const em = api.deps.orm.em.fork();
    const longAgo = new Date(api.clock.now().getTime() - 60 * 60 * 1000);
    // A worker claimed it an hour ago and was never heard of again.
    await em.nativeUpdate(
      ImportJob,
      { id },
      { status: ImportJobStatus.Running, attempts: 1, heartbeatAt: longAgo },
    );
    await process();
    expect(await jobOf(account, id)).toMatchObject({ status: "DONE", created: 9 });

    const dying = await call<{ startImport: Job }>(account, START, {
      format: "TODOIST_CSV",
      content: "TYPE,CONTENT\n",
    });
    const dyingId = dying.data!.startImport.id;
    await em.nativeUpdate(
      ImportJob,
      { id: dyingId },
      { status: ImportJobStatus.Running, attempts: 3, heartbeatAt: longAgo },
    );
    await process();
    expect(await jobOf(account, dyingId)).toMatchObject({ status: "FAILED" });
    // A job still being worked on is left alone.
    const busy = await call<{ startImport: Job }>(account, START, {
      format: "TODOIST_CSV",
      content: "TYPE,CONTENT\n",
    });
    const busyId = busy.data!.startImport.id;
    await em.nativeUpdate(
      ImportJob,
      { id: busyId },
      { status: ImportJobStatus.Running, attempts: 1, heartbeatAt: api.clock.now() },
    );
    await process();
    expect(await jobOf(account, busyId)).toMatchObject({ status: "RUNNING" });
  });

  it("puts a job back in the queue when its instance stops, and the next round finishes it", async () => {
    const account = await signUpTestAccount(api);
    const started = await call<{ startImport: Job }>(account, START, {
      format: "TODOIST_CSV",
      content: fixtureText("todoist-template.csv"),
    });
    const id = started.data!.startImport.id;
    // Stopping after the first two objects (a category, a task with its subtask): the job has begun.
    let checks = 0;
    const stopping = {
      get aborted() {
        checks += 1;
        return checks > 3;
      },
    } as AbortSignal;
    await processImportJobs(
      { em: api.deps.orm.em, redis: api.deps.redis, now: () => api.clock.now() },
      stopping,
    );
    const interrupted = await api.deps.orm.em.fork().findOneOrFail(ImportJob, id);
    expect(interrupted).toMatchObject({ status: ImportJobStatus.Queued, attempts: 0, created: 3 });

    await process();
    expect(await jobOf(account, id)).toMatchObject({ status: "DONE", created: 9, skipped: 1 });
    expect(await tasksOf(account)).toHaveLength(7);
  });

  it("limits how many imports a user starts", async () => {
    const account = await signUpTestAccount(api);
    for (let i = 0; i < 6; i++) {
      const response = await call(account, START, { format: "TODOIST_CSV", content: "TYPE,CONTENT\n" });
      expect(response.errors).toBeUndefined();
    }
    const refused = await call(account, START, { format: "TODOIST_CSV", content: "TYPE,CONTENT\n" });
    expect(refused.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
    await process();
  });
});
