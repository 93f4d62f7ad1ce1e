import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { PushDelivery, PushDeliveryStatus } from "@momentum/db";
import { createLogger } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";
import { startReminderScheduler } from "./reminder-scheduler";

const notifierMain = resolve(__dirname, "../../../notifier/dist/main.js");

let api: TestApi;
let notifier: ChildProcess;

/** The real notifier worker, as `npm start` runs it, on this run's database and broker names. */
function startNotifier(namespace: string): ChildProcess {
  return spawn(process.execPath, [notifierMain], {
    env: { ...process.env, AMQP_NAMESPACE: namespace, NOTIFIER_PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

beforeAll(async () => {
  api = await startTestApi({ REMINDERS_ENABLED: "true", REMINDER_POLL_MS: "200" });
  notifier = startNotifier(api.namespace);
});

afterAll(async () => {
  if (notifier && notifier.exitCode === null) {
    const exited = new Promise((settle) => notifier.once("exit", settle));
    notifier.kill("SIGTERM");
    await exited;
  }
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
          reminderTime: new Date(Date.now() - 2 * 60_000).toISOString(),
          dueDate: new Date(Date.now() + 2 * 3_600_000).toISOString(),
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

    const metrics = await (await fetch(`${api.url}/metrics`)).text();
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
