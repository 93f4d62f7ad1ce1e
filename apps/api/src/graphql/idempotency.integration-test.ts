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

describe("Idempotency-Key caps per user", () => {
  let capped: TestApi;
  beforeAll(async () => {
    capped = await startTestApi({
      env: { IDEMPOTENCY_KEYS_PER_USER: "3", IDEMPOTENCY_MAX_ANSWER_BYTES: "1024" },
      now: "2030-03-01T08:00:00Z",
    });
  });
  afterAll(() => capped?.stop());

  async function mutateOn(target: TestApi, token: string, variables: object, key: string) {
    const response = await fetch(`${target.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "idempotency-key": key,
      },
      body: JSON.stringify({
        query: `mutation($title: String!, $description: String) { createTask(input: { title: $title, description: $description }) { id description } }`,
        variables,
      }),
    });
    return (await response.json()) as {
      data?: { createTask: { id: string } } | null;
      errors?: { extensions: { code: string; retryAfter?: number } }[];
    };
  }

  it("holds at most the capped number of keys: a new one past it is RATE_LIMITED until the oldest expires, retries still replay", async () => {
    const user = await signUpTestAccount(capped);
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    const answers = [];
    for (const key of keys) answers.push(await mutateOn(capped, user.accessToken, { title: "capped" }, key));
    const refused = await mutateOn(capped, user.accessToken, { title: "one too many" }, randomUUID());
    expect(refused.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
    expect(refused.errors?.[0]?.extensions.retryAfter).toBeGreaterThan(24 * 60 * 60 - 60);
    expect(await capped.deps.orm.em.fork().count(Task, { user: user.userId, title: "one too many" })).toBe(0);
    expect(await mutateOn(capped, user.accessToken, { title: "capped" }, keys[0]!)).toEqual(answers[0]);

    // Another user's keys are their own.
    const other = await signUpTestAccount(capped);
    expect(
      (await mutateOn(capped, other.accessToken, { title: "theirs" }, randomUUID())).errors,
    ).toBeUndefined();

    capped.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const signedIn = await capped.graphql<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { login: user.email, password: user.password } },
    );
    const token = signedIn.data!.signIn.accessToken; // the first one expired meanwhile
    expect((await mutateOn(capped, token, { title: "a day later" }, randomUUID())).errors).toBeUndefined();
  });

  it("keeps no answer over the size cap: its retry is told so (CONFLICT) and runs nothing again", async () => {
    const user = await signUpTestAccount(capped);
    const key = randomUUID();
    const large = { title: "large answer", description: "x".repeat(2000) };
    expect((await mutateOn(capped, user.accessToken, large, key)).errors).toBeUndefined();
    const retry = await mutateOn(capped, user.accessToken, large, key);
    expect(retry.errors?.[0]?.extensions.code).toBe("CONFLICT");
    expect(await capped.deps.orm.em.fork().count(Task, { user: user.userId, title: "large answer" })).toBe(1);
  });
});
