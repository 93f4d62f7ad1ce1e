import "reflect-metadata";
import { ImportJob, ImportJobStatus, OutboxEvent } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import {
  fixtureText,
  type Job,
  JOB,
  MAX_CONTENT_BYTES,
  START,
  useImportTestApi,
} from "./import-test-client.test-support";

const t = useImportTestApi();

describe("import jobs", () => {
  it("refuses content over the limit as BAD_USER_INPUT on content", async () => {
    const account = await signUpTestAccount(t.api);
    const response = await t.call(account, START, {
      format: "TODOIST_CSV",
      content: "x".repeat(MAX_CONTENT_BYTES + 1),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "content" })],
    });
  });

  it("fails a file it cannot read, saying why", async () => {
    const account = await signUpTestAccount(t.api);
    const job = await t.importFile(account, "LOOP_CSV_ZIP", Buffer.from("not a zip").toString("base64"));
    expect(job).toMatchObject({ status: "FAILED", created: 0, finishedAt: expect.any(String) });
    expect(job.warnings).toEqual(["the content is not a zip file (base64)"]);
  });

  it("tells the user's devices when an import has ended, done or failed, once each", async () => {
    const account = await signUpTestAccount(t.api);
    const done = await t.importFile(account, "TODOIST_CSV", fixtureText("todoist-template.csv"));
    const failed = await t.importFile(account, "LOOP_CSV_ZIP", Buffer.from("not a zip").toString("base64"));
    const pushes = await t.api.deps.orm.em
      .fork()
      .find(OutboxEvent, { userId: account.userId, eventType: "IMPORT_FINISHED" });
    // One each, in no particular order (outbox ids are not sequential).
    pushes.sort((a, b) => String(a.payload.status).localeCompare(String(b.payload.status)));
    expect(pushes.map((push) => push.payload)).toEqual([
      expect.objectContaining({
        importJobId: done.id,
        status: "DONE",
        created: done.created,
        skipped: done.skipped,
      }),
      expect.objectContaining({ importJobId: failed.id, status: "FAILED", created: 0 }),
    ]);
  });

  it("shows a job only to the user who started it", async () => {
    const owner = await signUpTestAccount(t.api);
    const other = await signUpTestAccount(t.api);
    const started = await t.call<{ startImport: Job }>(owner, START, {
      format: "TODOIST_CSV",
      content: "TYPE,CONTENT\n",
    });
    const response = await t.call(other, JOB, { id: started.data!.startImport.id });
    expect(response.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    await t.process();
  });

  it("takes up again a job whose worker died, and fails one that died too often", async () => {
    const account = await signUpTestAccount(t.api);
    const hourAgo = new Date(t.api.clock.now().getTime() - 60 * 60 * 1000);
    /** A job a worker claimed `attempts` times, last heard of at `heartbeatAt`. */
    const claimedJob = async (content: string, attempts: number, heartbeatAt: Date) => {
      const id = await t.start(account, "TODOIST_CSV", content);
      await t.api.deps.orm.em
        .fork()
        .nativeUpdate(ImportJob, { id }, { status: ImportJobStatus.Running, attempts, heartbeatAt });
      return id;
    };
    const crashed = await claimedJob(fixtureText("todoist-template.csv"), 1, hourAgo);
    const crashedTooOften = await claimedJob("TYPE,CONTENT\n", 3, hourAgo);
    const busy = await claimedJob("TYPE,CONTENT\n", 1, t.api.clock.now());
    await t.process();
    expect(await t.jobOf(account, crashed)).toMatchObject({ status: "DONE", created: 9 });
    expect(await t.jobOf(account, crashedTooOften)).toMatchObject({ status: "FAILED" });
    // A job still being worked on is left alone.
    expect(await t.jobOf(account, busy)).toMatchObject({ status: "RUNNING" });
  });

  it("lets several workers share the queue without taking one job twice", async () => {
    const accounts = [
      await signUpTestAccount(t.api),
      await signUpTestAccount(t.api),
      await signUpTestAccount(t.api),
    ];
    const ids: string[] = [];
    for (const account of accounts) {
      const started = await t.call<{ startImport: Job }>(account, START, {
        format: "TODOIST_CSV",
        content: fixtureText("todoist-template.csv"),
      });
      ids.push(started.data!.startImport.id);
    }
    await Promise.all([t.process(), t.process(), t.process()]);
    const jobs = await t.api.deps.orm.em.fork().find(ImportJob, { id: { $in: ids } });
    expect(jobs.map((job) => [job.status, job.attempts, job.created])).toEqual([
      [ImportJobStatus.Done, 1, 9],
      [ImportJobStatus.Done, 1, 9],
      [ImportJobStatus.Done, 1, 9],
    ]);
    for (const account of accounts) expect(await t.tasksOf(account)).toHaveLength(7);
  });

  it("puts a job back in the queue when its instance stops, and the next round finishes it", async () => {
    const account = await signUpTestAccount(t.api);
    const started = await t.call<{ startImport: Job }>(account, START, {
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
    await t.process(stopping);
    const interrupted = await t.api.deps.orm.em.fork().findOneOrFail(ImportJob, id);
    expect(interrupted).toMatchObject({ status: ImportJobStatus.Queued, attempts: 0, created: 3 });

    await t.process();
    expect(await t.jobOf(account, id)).toMatchObject({ status: "DONE", created: 9, skipped: 1 });
    expect(await t.tasksOf(account)).toHaveLength(7);
  });

  it("limits how many imports a user starts", async () => {
    const account = await signUpTestAccount(t.api);
    for (let i = 0; i < 6; i++) {
      const response = await t.call(account, START, {
        format: "TODOIST_CSV",
        content: "TYPE,CONTENT\n",
      });
      expect(response.errors).toBeUndefined();
    }
    const refused = await t.call(account, START, { format: "TODOIST_CSV", content: "TYPE,CONTENT\n" });
    expect(refused.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
    await t.process();
  });
});
