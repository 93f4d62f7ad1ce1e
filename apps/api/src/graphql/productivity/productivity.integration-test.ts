import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

let api: TestApi;
let account: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  account = await signUpTestAccount(api);
});
afterAll(() => api?.stop());

const PRODUCTIVITY = `query($from: Date!, $to: Date!) { productivity(from: $from, to: $to) { date tasksCompleted focusTime productivityScore } }`;
const LOG_FOCUS = `mutation($minutes: Int!, $taskId: ID) { logFocusSession(minutes: $minutes, taskId: $taskId) }`;

describe("productivity", () => {
  it("answers every day of the range, zeros and no score where nothing was recorded", async () => {
    const response = await api.graphql<{ productivity: unknown[] }>(
      PRODUCTIVITY,
      { from: "2026-02-27", to: "2026-03-02" },
      account.accessToken,
    );
    expect(response.data!.productivity).toEqual(
      ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"].map((date) => ({
        date,
        tasksCompleted: 0,
        focusTime: 0,
        productivityScore: null,
      })),
    );
  });

  it.each([
    [{ from: "2026-03-02", to: "2026-03-01" }, "to", "must not be before from"],
    [{ from: "2025-01-01", to: "2026-03-01" }, "to", "at most 366 days at once"],
  ])("refuses the range %j naming the field", async (range, field, message) => {
    const response = await api.graphql(PRODUCTIVITY, range, account.accessToken);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field, message }],
    });
  });

  it("refuses a date that does not exist before any resolver runs", async () => {
    const response = await api.graphql(
      PRODUCTIVITY,
      { from: "2026-02-30", to: "2026-03-01" },
      account.accessToken,
    );
    expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("logging a focus session", () => {
  it.each([[0], [721]])("refuses %d minutes naming the field", async (minutes) => {
    const response = await api.graphql(LOG_FOCUS, { minutes }, account.accessToken);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "minutes" }],
    });
  });

  it("refuses another user's task as NOT_FOUND", async () => {
    const other = await signUpTestAccount(api);
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "theirs" }) { id } }`,
      {},
      other.accessToken,
    );
    const response = await api.graphql(
      LOG_FOCUS,
      { minutes: 20, taskId: created.data!.createTask.id },
      account.accessToken,
    );
    expect(response.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });
});
