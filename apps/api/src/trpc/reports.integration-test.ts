import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { Achievement, DailyUserRollup, ProductivityMetric } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../testing/test-api";
import { startIsolatedStaffApi, type staffTrpcClient } from "./staff-trpc-client.test-support";

// Platform-wide sums: the API runs on an analytics database of its own.
let stopApi: (() => Promise<void>) | undefined;
let api: TestApi;
let client: ReturnType<typeof staffTrpcClient>;
const cookies = {} as Record<"admin" | "analyst" | "support", string>;
let achievementId: string;

beforeAll(async () => {
  ({ api, client, stop: stopApi } = await startIsolatedStaffApi("reports"));
  for (const role of ["admin", "analyst", "support"] as const)
    cookies[role] = (await client.signInAs(role)).cookie;

  const main = api.deps.orm.em.fork();
  const achievement = main.create(Achievement, {
    name: 'Early bird, "5 a.m."\nFrühaufsteher 🐦',
    description: "Up early",
    category: "habits",
    points: 10,
    icon: "sun",
    criteria: {},
  });
  await main.flush();
  achievementId = achievement.id;

  const em = api.deps.analyticsOrm.em.fork();
  const userId = randomUUID();
  // What the analytics worker's rollups hold for that user's day.
  em.create(DailyUserRollup, {
    userId,
    day: "2030-04-02",
    platform: "ios",
    activities: 2,
    activitiesByType: { "habit.logged": 1, "achievement.unlocked": 1 },
    habitDaysRecorded: { daily: 1 },
    habitDaysCompleted: { daily: 1 },
    achievementsUnlocked: { [achievementId]: 1 },
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
        activityByType: [
          { activityType: "achievement", action: "unlocked", count: 1 },
          { activityType: "habit", action: "logged", count: 1 },
        ],
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
    ["an unknown platform", { ...range, platform: "symbian" }, "input.platform"],
  ])("answers %s with 400 naming the field", async (_case, input, field) => {
    const reply = await client.call("GET", "reports.activity", input, cookies.analyst);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.data.fields).toEqual([expect.objectContaining({ field })]);
  });
});

describe("the analysts' reports over tRPC", () => {
  it("answers each report, filtered by platform", async () => {
    const habits = await client.call(
      "GET",
      "reports.habitCompletion",
      { ...range, platform: "ios" },
      cookies.analyst,
    );
    expect(habits.body.result?.data).toEqual([
      { frequencyType: "daily", recordedDays: 1, completedDays: 1, completionRate: 1 },
    ]);
    const android = await client.call(
      "GET",
      "reports.habitCompletion",
      { ...range, platform: "android" },
      cookies.admin,
    );
    expect(android.body.result?.data).toEqual([]);
    for (const report of [
      "activeUsers",
      "signUpCohorts",
      "taskCompletion",
      "achievementsUnlocked",
      "focusMinutes",
    ]) {
      expect((await client.call("GET", `reports.${report}`, range, cookies.analyst)).status).toBe(200);
      expect((await client.call("GET", `reports.${report}`, range, cookies.support)).status).toBe(403);
    }
  });
});

describe("report tables as CSV downloads", () => {
  const download = (table: string, query: Record<string, string>, cookie = "") =>
    fetch(`${api.url}/exports/reports/${table}.csv?${new URLSearchParams(query).toString()}`, {
      headers: { cookie },
    });

  it("streams a table as UTF-8 CSV with the header first and every field quoted as it needs", async () => {
    const response = await download("achievements-unlocked", range, cookies.analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="achievements-unlocked_2030-04-01_2030-04-03_all.csv"',
    );
    // Streamed: sent in chunks as records are written, with no length known up front.
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(response.headers.get("content-length")).toBeNull();
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte order mark
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFFachievement_id,achievement,unlocked\r\n" +
        `${achievementId},"Early bird, ""5 a.m.""\nFrühaufsteher 🐦",1\r\n`,
    );
  });

  it("has one line per day of the range for a daily table", async () => {
    const text = await (await download("daily-active-users", range, cookies.admin)).text(); // BOM dropped
    expect(text.split("\r\n")).toEqual([
      "day,active_users,partial",
      "2030-04-01,0,false",
      "2030-04-02,1,false",
      "2030-04-03,0,false",
      "",
    ]);
  });

  it("refuses support with 403, a visitor with 401, bad filters with 400 naming the field, an unknown table with 404", async () => {
    expect((await download("focus-minutes", range, cookies.support)).status).toBe(403);
    expect((await download("focus-minutes", range)).status).toBe(401);
    const refused = await download("focus-minutes", { ...range, platform: "symbian" }, cookies.analyst);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { fields: unknown } }).error.fields).toEqual([
      expect.objectContaining({ field: "input.platform" }),
    ]);
    const backwards = await download(
      "focus-minutes",
      { from: "2030-04-03", to: "2030-04-01" },
      cookies.analyst,
    );
    expect(backwards.status).toBe(400);
    expect((await download("passwords", range, cookies.admin)).status).toBe(404);
  });
});
