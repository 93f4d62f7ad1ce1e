import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";
import { staffTrpcClient } from "../trpc/staff-trpc-client.test-support";

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi({ env: { ADMIN_ORIGIN: "http://dashboard.momentum.test" } });
  account = await signUpTestAccount(api);
});
afterAll(() => api.stop());

const firstError = (response: Awaited<ReturnType<TestApi["graphql"]>>) => response.errors?.[0]?.extensions;

describe("text PostgreSQL cannot store is refused at the edge", () => {
  it("a NUL in signIn's login is BAD_USER_INPUT naming input.login", async () => {
    const response = await api.graphql(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { login: "someone\u0000@example.com", password: "whatever it is" } },
    );
    expect(firstError(response)).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.login", message: "must not contain a NUL character" }],
    });
  });

  it("a NUL in an inline argument (unregisterDevice's token) is refused the same way", async () => {
    const response = await api.graphql(
      `mutation { unregisterDevice(token: "tok\\u0000en") }`,
      undefined,
      account.accessToken,
    );
    expect(firstError(response)).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "token" }] });
  });

  it("a NUL in the argument of a nested field (the viewer's tasks, after) is refused the same way", async () => {
    const response = await api.graphql(
      `{ me { tasks(after: "cur\\u0000sor") { totalCount } } }`,
      undefined,
      account.accessToken,
    );
    expect(firstError(response)).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "after", message: "must not contain a NUL character" }],
    });
  });

  it("a lone surrogate deep in a JSON argument is refused, and nothing is written", async () => {
    const response = await api.graphql(
      `mutation($settings: JSONObject!) { updateSettings(settings: $settings) { settings } }`,
      { settings: { theme: { name: "dark\uD800" } } },
      account.accessToken,
    );
    expect(firstError(response)).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "settings.theme.name", message: "must be valid Unicode text" }],
    });
    const me = await api.graphql<{ me: { settings: Record<string, unknown> } }>(
      `{ me { settings } }`,
      undefined,
      account.accessToken,
    );
    expect(me.data?.me.settings).not.toHaveProperty("theme");
  });

  it("emoji and other scripts are stored as they are", async () => {
    const title = "🏃‍♀️ Laufen, 走る";
    const response = await api.graphql<{ createTask: { title: string } }>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { title } }`,
      { input: { title } },
      account.accessToken,
    );
    expect(response.data?.createTask.title).toBe(title);
  });

  it("tRPC refuses a NUL with BAD_REQUEST naming the field, before the procedure runs", async () => {
    const client = staffTrpcClient(api);
    const reply = await client.call("POST", "staffAuth.signIn", {
      email: "admin\u0000@momentum.test",
      password: "whatever it is",
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.data).toMatchObject({
      code: "BAD_REQUEST",
      fields: [{ field: "input.email", message: "must not contain a NUL character" }],
    });
  });
});
