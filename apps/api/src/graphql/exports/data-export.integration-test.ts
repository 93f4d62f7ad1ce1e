import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { DataExport, DataExportStatus, OutboxEvent } from "@momentum/db";
import { prepareDataExports } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const REQUEST = `mutation { requestDataExport }`;
const STATUS = `{ exportStatus { url expiresAt } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
// The test runs the export job's rounds itself, at the API's clock.
beforeAll(async () => {
  // Databases of its own: other test files' APIs would prepare its exports (every instance may).
  api = await startTestApi({ env: { DATA_EXPORT_POLL_MS: "600000" }, ownDatabases: "data_export" });
});
afterAll(() => api?.stop());

const ask = (account: TestAccount, query: string) =>
  api.graphql<Record<string, unknown>>(query, {}, account.accessToken);
const statusOf = async (account: TestAccount) =>
  (await ask(account, STATUS)).data?.exportStatus as { url: string; expiresAt: string } | null;
const prepare = () => prepareDataExports(api.deps.orm.em, api.deps.analyticsOrm.em, api.clock.now());
const fetchArchive = (url: string, accessToken?: string) =>
  fetch(`${api.url}${url}`, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });

/** A user who owns one of everything the archive has sections for. */
async function busyAccount(): Promise<TestAccount> {
  const account = await signUpTestAccount(api);
  const call = (query: string, variables: Record<string, unknown> = {}) =>
    api.graphql<Record<string, { id: string }>>(query, variables, account.accessToken);
  const task = await call(`mutation { createTask(input: { title: "File taxes" }) { id } }`);
  await call(`mutation($id: ID!) { completeTask(id: $id) { id } }`, { id: task.data!.createTask!.id });
  const habit = await call(`mutation { createHabit(input: { title: "Read", frequencyType: DAILY }) { id } }`);
  await call(`mutation($id: ID!) { logHabit(input: { habitId: $id }) { id } }`, {
    id: habit.data!.createHabit!.id,
  });
  const goal = await call(
    `mutation { createGoal(input: { title: "Run", measurementType: MILESTONES }) { id } }`,
  );
  await call(`mutation($id: ID!) { addMilestone(goalId: $id, input: { title: "5 km" }) { id } }`, {
    id: goal.data!.createGoal!.id,
  });
  await call(`mutation { registerDevice(token: "push-${randomUUID()}", platform: ANDROID) }`);
  return account;
}

describe("data export", () => {
  it("prepares an archive of everything the user owns, pushes, and hands it over once", async () => {
    const account = await busyAccount();
    expect((await ask(account, REQUEST)).data).toEqual({ requestDataExport: true });
    expect(await statusOf(account)).toBeNull();

    expect(await prepare()).toMatchObject({ prepared: 1, failed: 0 });
    const ready = await statusOf(account);
    expect(ready?.url).toMatch(/^\/data-exports\/[0-9a-f-]{36}$/);
    expect(Date.parse(ready!.expiresAt) - api.clock.now().getTime()).toBeGreaterThan(DAY_MS - 60_000);
    const pushes = await api.deps.orm.em
      .fork()
      .find(OutboxEvent, { userId: account.userId, eventType: "DATA_EXPORT_READY" });
    expect(pushes).toHaveLength(1);

    const response = await fetchArchive(ready!.url, account.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="momentum-export-/);
    const archive = (await response.json()) as Record<string, unknown> & {
      habits: Record<string, unknown>[];
      devices: Record<string, unknown>[];
    };
    expect(archive).toMatchObject({ format: "momentum-export", version: 1, userId: account.userId });
    expect(archive.profile).toMatchObject({ id: account.userId, email: account.email });
    expect(archive.profile).not.toHaveProperty("password_hash");
    expect(archive.tasks).toEqual([
      expect.objectContaining({
        title: "File taxes",
        status: "completed",
        history: expect.arrayContaining([expect.objectContaining({ action: "completed" })]),
      }),
    ]);
    expect(archive.habits).toEqual([
      expect.objectContaining({
        title: "Read",
        logs: [expect.any(Object)],
        streaks: [expect.objectContaining({ length: 1 })],
      }),
    ]);
    expect(archive.habits[0]).not.toHaveProperty("streak_checkpoint");
    expect(archive.goals).toEqual([
      expect.objectContaining({ title: "Run", milestones: [expect.objectContaining({ title: "5 km" })] }),
    ]);
    expect(archive.devices).toEqual([expect.objectContaining({ platform: "android" })]);
    expect(archive.devices[0]).not.toHaveProperty("token");
    expect(archive.analytics).toEqual({ activity: expect.any(Array), productivity: expect.any(Array) });

    expect((await fetchArchive(ready!.url, account.accessToken)).status).toBe(404);
    expect(await statusOf(account)).toBeNull();
  });

  it("allows one export a day: the next is RATE_LIMITED with the seconds to wait", async () => {
    const account = await signUpTestAccount(api);
    await ask(account, REQUEST);
    const again = await ask(account, REQUEST);
    expect(again.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
    expect(again.errors?.[0]?.extensions.retryAfter).toBeGreaterThan(DAY_MS / 1000 - 60);
  });

  it("keeps the archive from other users (404) and from requests without a session (401)", async () => {
    const owner = await signUpTestAccount(api);
    const stranger = await signUpTestAccount(api);
    await ask(owner, REQUEST);
    await prepare();
    const ready = await statusOf(owner);
    expect((await fetchArchive(ready!.url, stranger.accessToken)).status).toBe(404);
    expect((await fetchArchive(ready!.url)).status).toBe(401);
    expect((await fetchArchive("/data-exports/not-an-id", owner.accessToken)).status).toBe(404);
    expect((await fetchArchive(ready!.url, owner.accessToken)).status).toBe(200);
  });

  it("deletes an archive nobody fetched within its day", async () => {
    const account = await signUpTestAccount(api);
    await ask(account, REQUEST);
    await prepare();
    const ready = await statusOf(account);
    api.clock.set(new Date(api.clock.now().getTime() + DAY_MS));
    try {
      expect((await prepare()).expired).toBeGreaterThanOrEqual(1);
    } finally {
      api.clock.set(new Date());
    }
    const row = await api.deps.orm.em
      .fork()
      .findOneOrFail(DataExport, { user: account.userId }, { populate: ["archive"] });
    expect(row).toMatchObject({ status: DataExportStatus.Expired, archive: null });
    expect(await statusOf(account)).toBeNull();
    expect((await fetchArchive(ready!.url, account.accessToken)).status).toBe(404);
  });
});
