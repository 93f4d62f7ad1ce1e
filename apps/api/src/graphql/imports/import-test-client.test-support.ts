import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Task } from "@momentum/db";
import { processImportJobs } from "@momentum/domain";
import { afterAll, beforeAll, expect } from "vitest";
import { type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

// The fixtures are written from each format's documentation and live beside the domain's parsers.
const fixtures = join(__dirname, "../../../../../packages/domain/src/imports/fixtures");
export const fixtureText = (name: string) => readFileSync(join(fixtures, name), "utf8");
export const fixtureBytes = (name: string) => readFileSync(join(fixtures, name));

export const START = `mutation($format: ImportFormat!, $content: String!) {
  startImport(format: $format, content: $content) { id format status created skipped warnings finishedAt }
}`;
export const JOB = `query($id: ID!) { importJob(id: $id) { id format status created skipped warnings finishedAt } }`;
export const MAX_CONTENT_BYTES = 64 * 1024;

export interface Job {
  id: string;
  format: string;
  status: string;
  created: number;
  skipped: number;
  warnings: string[];
  finishedAt: string | null;
}

/**
 * An API whose import job waits for the test, which runs its rounds itself, on databases of its own: the
 * jobs it queues must not be taken up by other test files' APIs (every instance may run any job).
 */
export const startImportTestApi = () =>
  startTestApi({
    ownDatabases: "imports",
    env: {
      IMPORT_POLL_MS: "600000",
      IMPORT_MAX_CONTENT_BYTES: String(MAX_CONTENT_BYTES),
      RATE_LIMIT_IMPORTS_PER_USER: "6",
    },
  });

/** Starting imports, running the job's rounds and reading what they made. */
export function importTestClient(api: TestApi) {
  const call = <T = Record<string, unknown>>(account: TestAccount, query: string, variables = {}) =>
    api.graphql<T>(query, variables, account.accessToken);
  const process = (signal?: AbortSignal) =>
    processImportJobs({ em: api.deps.orm.em, redis: api.deps.redis, now: () => api.clock.now() }, signal);
  const jobOf = async (account: TestAccount, id: string) =>
    (await call<{ importJob: Job }>(account, JOB, { id })).data!.importJob;
  const start = async (account: TestAccount, format: string, content: string) =>
    (await call<{ startImport: Job }>(account, START, { format, content })).data!.startImport.id;
  return {
    call,
    process,
    jobOf,
    start,
    /** Starts an import, runs the job's round and answers the job as the app then reads it. */
    async importFile(account: TestAccount, format: string, content: string): Promise<Job> {
      const started = await call<{ startImport: Job }>(account, START, { format, content });
      expect(started.errors).toBeUndefined();
      expect(started.data!.startImport).toMatchObject({
        format,
        status: "QUEUED",
        created: 0,
        finishedAt: null,
      });
      await process();
      return jobOf(account, started.data!.startImport.id);
    },
    tasksOf: (account: TestAccount) =>
      api.deps.orm.em.fork().find(Task, { user: account.userId }, { populate: ["category", "parentTask"] }),
  };
}

/** Starts an import test API for the test file and stops it after; the client works once it is up. */
export function useImportTestApi() {
  const context = {} as { api: TestApi } & ReturnType<typeof importTestClient>;
  beforeAll(async () => {
    const api = await startImportTestApi();
    Object.assign(context, { api }, importTestClient(api));
  });
  afterAll(() => context.api?.stop());
  return context;
}
