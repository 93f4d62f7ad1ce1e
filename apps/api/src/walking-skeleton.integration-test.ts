import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { openAnalyticsOrm, UserActivity } from "@momentum/db";
import { todayIn } from "@momentum/domain";
import { type MikroORM } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "./testing/account-builder";
import { startTestApi, type TestApi } from "./testing/test-api";

const analyticsMain = resolve(__dirname, "../../analytics/dist/main.js");

let api: TestApi;
let analyticsWorker: ChildProcess;
let analyticsOrm: MikroORM;

/** The real analytics worker, as `npm start` runs it, on this run's databases and broker names. */
function startAnalyticsWorker(namespace: string): ChildProcess {
  const worker = spawn(process.execPath, [analyticsMain], {
    env: { ...process.env, AMQP_NAMESPACE: namespace, ANALYTICS_PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return worker;
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`nothing arrived within ${timeoutMs} ms`);
    await new Promise((settle) => setTimeout(settle, 100));
  }
}

beforeAll(async () => {
  api = await startTestApi();
  analyticsWorker = startAnalyticsWorker(api.namespace);
  analyticsOrm = await openAnalyticsOrm(api.deps.config.analyticsDatabaseUrl);
});

afterAll(async () => {
  if (analyticsWorker && analyticsWorker.exitCode === null) {
    const exited = new Promise((settle) => analyticsWorker.once("exit", settle));
    analyticsWorker.kill("SIGTERM");
    await exited;
  }
  await analyticsOrm?.close();
  await api?.stop();
});

describe("one event through every app", () => {
  it("signUp -> createTask -> completeTask reaches user_activity in the analytics database within 10 s", async () => {
    const account = await signUpTestAccount(api);
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "Ship the walking skeleton" }) { id } }`,
      {},
      account.accessToken,
    );
    const taskId = created.data!.createTask.id;
    await api.graphql(
      `mutation($id: ID!) { completeTask(id: $id) { id } }`,
      { id: taskId },
      account.accessToken,
    );

    const activity = await waitFor(
      () => analyticsOrm.em.fork().findOne(UserActivity, { entityId: taskId, action: "completed" }),
      10_000,
    );
    expect(activity).toMatchObject({ userId: account.userId, entityType: "task", activityType: "task" });
  });

  it("a completed task and a focus session show in the user's daily productivity, on the user's own day", async () => {
    const account = await signUpTestAccount(api, { timezone: "Pacific/Kiritimati" });
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "Deep work" }) { id } }`,
      {},
      account.accessToken,
    );
    const taskId = created.data!.createTask.id;
    await api.graphql(
      `mutation($id: ID!) { completeTask(id: $id) { id } }`,
      { id: taskId },
      account.accessToken,
    );
    const focus = await api.graphql(
      `mutation($taskId: ID) { logFocusSession(minutes: 45, taskId: $taskId) }`,
      { taskId },
      account.accessToken,
    );
    expect(focus.data).toEqual({ logFocusSession: true });

    const today = todayIn("Pacific/Kiritimati", new Date());
    const productivityToday = async () => {
      const response = await api.graphql<{ productivity: Record<string, unknown>[] }>(
        `query($day: Date!) { productivity(from: $day, to: $day) { date tasksCompleted habitsCompleted focusTime productivityScore } }`,
        { day: today },
        account.accessToken,
      );
      const [day] = response.data!.productivity;
      return day?.tasksCompleted === 1 && day.focusTime === 45 ? day : null;
    };
    expect(await waitFor(productivityToday, 10_000)).toEqual({
      date: today,
      tasksCompleted: 1,
      habitsCompleted: 0,
      focusTime: 45,
      productivityScore: 17.38,
    });
  });
});
