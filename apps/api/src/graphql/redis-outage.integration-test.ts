import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";

// Redis is a cache and a limiter: with none reachable at all, the API must still serve everything, and
// keep its limits in the process.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { REDIS_URL: "redis://127.0.0.1:1" } });
});
afterAll(() => api?.stop());

describe("the API without Redis", () => {
  it("signs up, authenticates, writes and lists tasks, and signs out from PostgreSQL alone", async () => {
    const account = await signUpTestAccount(api);
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "cache-free" }) { id } }`,
      {},
      account.accessToken,
    );
    expect(created.errors).toBeUndefined();

    const listed = await api.graphql<{ tasks: { totalCount: number } }>(
      `{ tasks(filter: { status: [PENDING] }) { totalCount } me { username } }`,
      {},
      account.accessToken,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.tasks.totalCount).toBe(1);

    await api.graphql(`mutation { signOut }`, {}, account.accessToken);
    expect((await api.graphql(`{ me { id } }`, {}, account.accessToken)).errors?.[0]?.extensions.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("keeps the authentication limits in the process: of thirty parallel wrong passwords, five are checked", async () => {
    const account = await signUpTestAccount(api);
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, guess) =>
        api.graphql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
          input: { login: account.email, password: `wrong guess ${guess}` },
        }),
      ),
    );
    const codes = replies.map((reply) => reply.errors?.[0]?.extensions.code);
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(25);
  });
});
