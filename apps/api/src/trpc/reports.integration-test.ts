import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { ProductivityMetric, UserActivity } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../testing/test-api";
import { startIsolatedStaffApi, type staffTrpcClient } from "./staff-trpc-client.test-support";

// Platform-wide sums: the API runs on an analytics database of its own.
let stopApi: (() => Promise<void>) | undefined;
let api: TestApi;
let client: ReturnType<typeof staffTrpcClient>;
const cookies = {} as Record<"admin" | "analyst" | "support", string>;

beforeAll(async () => {
  ({ api, client, stop: stopApi } = await startIsolatedStaffApi("reports"));
  for (const role of ["admin", "analyst", "support"] as const)
    cookies[role] = (await client.signInAs(role)).cookie;

  const em = api.deps.analyticsOrm.em.fork();
  const userId = randomUUID();
  em.create(UserActivity, {
    userId,
    activityType: "habit",
    action: "logged",
    entityType: "habit",
    entityId: randomUUID(),
    createdAt: new Date("2030-04-02T15:00:00.000Z"),
  });
  em.create(ProductivityMetric, {
    userId,
    date: "2030-04-02",
    tasksCompleted: 4,
    habitsCompleted: 1,
    focusTime: 30,
    productivityScore: 70,
  });
  await em.flush();
});
afterAll(() => stopApi?.());

const range = { from: "2030-04-01", to: "2030-04-03" };

describe("the activity report over tRPC", () => {
  it.each(["analyst", "admin"] as const)(
    "an %s gets every day of the range from the analytics database",
    async (role) => {
      const reply = await client.call("GET", "reports.activity", range, cookies[role]);
      expect(reply.status).toBe(200);
      expect(reply.body.result?.data).toEqual({
        ...range,
        days: [
          expect.objectContaining({ date: "2030-04-01", activeUsers: 0, tasksCompleted: 0 }),
          {
            date: "2030-04-02",
            activeUsers: 1,
            tasksCompleted: 4,
            habitsCompleted: 1,
            focusMinutes: 30,
            averageProductivityScore: 70,
          },
          expect.objectContaining({ date: "2030-04-03", activeUsers: 0, averageProductivityScore: null }),
        ],
        activityByType: [{ activityType: "habit", action: "logged", count: 1 }],
      });
    },
  );

  it("refuses support with 403 and a visitor with 401", async () => {
    expect((await client.call("GET", "reports.activity", range, cookies.support)).status).toBe(403);
    expect((await client.call("GET", "reports.activity", range)).status).toBe(401);
  });

  it.each([
    ["a range over 366 days", { from: "2030-01-01", to: "2031-06-01" }, "input.to"],
    ["a range that ends before it starts", { from: "2030-04-03", to: "2030-04-01" }, "input.to"],
    ["a date that does not exist", { from: "2030-04-31", to: "2030-05-01" }, "input.from"],
    ["a missing date", { from: "2030-04-01" }, "input.to"],
  ])("answers %s with 400 naming the field", async (_case, input, field) => {
    const reply = await client.call("GET", "reports.activity", input, cookies.analyst);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.data.fields).toEqual([expect.objectContaining({ field })]);
  });
});
