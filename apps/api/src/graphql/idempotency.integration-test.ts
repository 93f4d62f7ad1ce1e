import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { Task } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";

let api: TestApi;
let account: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  account = await signUpTestAccount(api);
});
afterAll(() => api?.stop());

async function mutate(query: string, variables: object, idempotencyKey: string, token = account.accessToken) {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      "idempotency-key": idempotencyKey,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { id: string }> | null;
    errors?: { extensions: { code: string } }[];
  };
}

const CREATE = `mutation($title: String!) { createTask(input: { title: $title }) { id title } }`;

describe("Idempotency-Key", () => {
  it("a retry with the same key returns the first result and creates nothing more", async () => {
    const key = randomUUID();
    const first = await mutate(CREATE, { title: "once only" }, key);
    const retry = await mutate(CREATE, { title: "once only" }, key);
    expect(retry).toEqual(first);
    expect(await api.deps.orm.em.fork().count(Task, { user: account.userId, title: "once only" })).toBe(1);
  });

  it("the same key for a different request is a CONFLICT", async () => {
    const key = randomUUID();
    await mutate(CREATE, { title: "first" }, key);
    const other = await mutate(CREATE, { title: "second" }, key);
    expect(other.errors?.[0]?.extensions.code).toBe("CONFLICT");
  });

  it("a first answer that was an error is replayed as that error", async () => {
    const key = randomUUID();
    const failed = await mutate(CREATE, { title: "" }, key);
    expect(failed.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const replayed = await mutate(CREATE, { title: "" }, key);
    const withoutLocations = (response: typeof failed) =>
      response.errors?.map((error) => ({ ...error, locations: undefined }));
    expect(withoutLocations(replayed)).toEqual(withoutLocations(failed));
  });

  it("keys are per user: a stranger's own request with someone else's key runs on its own", async () => {
    const key = randomUUID();
    const mine = await mutate(CREATE, { title: "mine" }, key);
    expect(mine.data?.createTask).toMatchObject({ title: "mine" });

    const stranger = await signUpTestAccount(api);
    const theirs = await mutate(CREATE, { title: "theirs" }, key, stranger.accessToken);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.createTask).toMatchObject({ title: "theirs" });
    expect(theirs.data?.createTask?.id).not.toBe(mine.data?.createTask?.id);
    const em = api.deps.orm.em.fork();
    expect(await em.count(Task, { user: stranger.userId, title: "theirs" })).toBe(1);
    // And the owner's retry still gets the owner's own first answer.
    expect(await mutate(CREATE, { title: "mine" }, key)).toEqual(mine);
  });

  it("concurrent requests with one key create one task; the others replay it or are told it is in progress", async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => mutate(CREATE, { title: "raced once" }, key)),
    );
    expect(await api.deps.orm.em.fork().count(Task, { user: account.userId, title: "raced once" })).toBe(1);
    const created = responses.filter((response) => response.data?.createTask);
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created.map((response) => response.data?.createTask?.id)).size).toBe(1);
    for (const response of responses.filter((candidate) => !candidate.data?.createTask))
      expect(response.errors?.[0]?.extensions.code).toBe("CONFLICT");
  });

  it("refuses a key that is not a UUID", async () => {
    const response = await mutate(CREATE, { title: "x" }, "not-a-uuid");
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "Idempotency-Key" }],
    });
  });
});
