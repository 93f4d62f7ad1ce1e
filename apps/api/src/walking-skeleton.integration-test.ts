import "reflect-metadata";
import { openAnalyticsOrm, UserActivity } from "@momentum/db";
import { todayIn } from "@momentum/domain";
import { type MikroORM } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "./testing/account-builder";
import { startTestApi, type TestApi } from "./testing/test-api";
import { spawnService, type ServiceProcess } from "./testing/service-process";
import { noonIn } from "./testing/test-calendar";

// Far east of UTC, so "today" differs from the UTC day for half of every UTC day.
const ZONE = "Pacific/Kiritimati";

let api: TestApi;
let analyticsWorker: ServiceProcess;
let analyticsOrm: MikroORM;

beforeAll(async () => {
  api = await startTestApi({ now: noonIn(ZONE) });
  analyticsWorker = await spawnService("analytics", { namespace: api.namespace, logLevel: "warn" });
  analyticsOrm = await openAnalyticsOrm(api.deps.config.analyticsDatabaseUrl);
});

afterAll(async () => {
  await analyticsWorker?.kill("SIGTERM");
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

    const activity = () =>
      analyticsOrm.em.fork().findOne(UserActivity, { entityId: taskId, action: "completed" });
    await expect
      .poll(activity, { timeout: 10_000, interval: 100 })
      .toMatchObject({ userId: account.userId, entityType: "task", activityType: "task" });
  });

  it("a completed task and a focus session show in the user's daily productivity, on the user's own day", async () => {
    const account = await signUpTestAccount(api, { timezone: ZONE });
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

    const today = todayIn(ZONE, api.clock.now());
    const productivityToday = async () => {
      const response = await api.graphql<{ productivity: Record<string, unknown>[] }>(
        `query($day: Date!) { productivity(from: $day, to: $day) { date tasksCompleted habitsCompleted focusTime productivityScore } }`,
        { day: today },
        account.accessToken,
      );
      return response.data!.productivity[0];
    };
    await expect.poll(productivityToday, { timeout: 10_000, interval: 100 }).toEqual({
      date: today,
      tasksCompleted: 1,
      habitsCompleted: 0,
      focusTime: 45,
      productivityScore: 17.38,
    });
  });
});
