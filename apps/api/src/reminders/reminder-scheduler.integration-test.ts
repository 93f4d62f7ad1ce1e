import "reflect-metadata";
import { PushDelivery, PushDeliveryStatus } from "@momentum/db";
import { createLogger } from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { startReminderScheduler } from "./reminder-scheduler";

const NOW = new Date("2030-06-12T15:00:00Z");
const MINUTE = 60_000;

let api: TestApi;
let notifier: ServiceProcess;

beforeAll(async () => {
  // Databases of its own: the scheduler sends every due reminder it finds, not only this test's.
  api = await startTestApi({
    env: { REMINDERS_ENABLED: "true", REMINDER_POLL_MS: "200" },
    ownDatabases: "reminder_scheduler",
    now: NOW,
  });
  notifier = await spawnService("notifier", {
    namespace: api.namespace,
    logLevel: "warn",
    extra: { DATABASE_URL: api.deps.config.databaseUrl },
  });
});

afterAll(async () => {
  await notifier?.kill("SIGTERM");
  await api?.stop();
});

describe("task reminders end to end", () => {
  it("a task whose reminder time just passed is pushed to the user's registered device", async () => {
    const account = await signUpTestAccount(api, { timezone: "America/New_York" });
    const registered = await api.graphql(
      `mutation { registerDevice(token: "reminder-phone-${account.userId}", platform: ANDROID) }`,
      {},
      account.accessToken,
    );
    expect(registered.data).toEqual({ registerDevice: true });
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      {
        input: {
          title: "Call the dentist",
          priority: "HIGH",
          reminderTime: new Date(api.clock.now().getTime() - 2 * MINUTE).toISOString(),
          dueDate: new Date(api.clock.now().getTime() + 120 * MINUTE).toISOString(),
        },
      },
      account.accessToken,
    );
    expect(created.errors).toBeUndefined();

    const deliveries = () => api.deps.orm.em.fork().find(PushDelivery, { userId: account.userId });
    await expect.poll(deliveries, { timeout: 15_000, interval: 200 }).toHaveLength(1);
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({
      notificationType: "TASK_REMINDER",
      title: "Call the dentist",
      status: PushDeliveryStatus.Sent,
      data: expect.objectContaining({ taskId: created.data!.createTask.id }),
    });

    const metrics = await (await fetch(`${api.metricsUrl}/metrics`)).text();
    expect(metrics).toMatch(/momentum_reminders_sent_total\{[^}]*kind="task"[^}]*\} [1-9]/);
  });
});

describe("the reminder scheduler", () => {
  it("stops at once while it waits between rounds, not after its poll interval", async () => {
    const scheduler = startReminderScheduler({
      orm: api.deps.orm,
      logger: createLogger({ name: "reminder-test", level: "silent" }),
      pollIntervalMs: 60_000,
    });
    await new Promise((settle) => setTimeout(settle, 300));
    const stopping = Date.now();
    await scheduler.stop();
    expect(Date.now() - stopping).toBeLessThan(2_000);
  });
});
