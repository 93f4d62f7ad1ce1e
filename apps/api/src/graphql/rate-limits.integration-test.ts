import "reflect-metadata";
import { afterEach, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

let api: TestApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

async function rawGraphql(target: TestApi, query: string, variables: object, token?: string) {
  return fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

describe("sign-in failures per login", () => {
  it("after five failures the login is refused, even with the right password, with retryAfter and Retry-After", async () => {
    api = await startTestApi();
    const account = await signUpTestAccount(api);
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await api.graphql(SIGN_IN, {
        input: { login: account.email, password: "guess number one" },
      });
      expect(wrong.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    }
    const response = await rawGraphql(api, SIGN_IN, {
      input: { login: account.username.toUpperCase(), password: account.password },
    });
    const body = (await response.json()) as {
      errors: { extensions: { code: string; retryAfter: number } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe("RATE_LIMITED");
    expect(body.errors[0]!.extensions.retryAfter).toBeGreaterThan(800);
    expect(Number(response.headers.get("retry-after"))).toBe(body.errors[0]!.extensions.retryAfter);
  });

  it("counts e-mail and username as one login", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS: "2" } });
    const account = await signUpTestAccount(api);
    await api.graphql(SIGN_IN, { input: { login: account.email, password: "guess number one" } });
    await api.graphql(SIGN_IN, { input: { login: account.username, password: "guess number two" } });
    const third = await api.graphql(SIGN_IN, { input: { login: account.email, password: account.password } });
    expect(third.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
  });
});

describe("per-address and per-user limits", () => {
  it("counts aliased sign-ins in one request as separate auth calls", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_AUTH_CALLS_PER_ADDRESS: "4" } });
    const account = await signUpTestAccount(api); // one auth call
    const aliases = Array.from(
      { length: 4 },
      (_, index) =>
        `a${index}: signIn(input: { login: "${account.email}", password: "${account.password}" }) { accessToken }`,
    ).join("\n");
    const batch = await api.graphql(`mutation { ${aliases} }`);
    expect(batch.errors?.map((error) => error.extensions.code)).toEqual(["RATE_LIMITED"]);
    expect(batch.errors?.[0]?.path).toEqual(["a3"]);
  });

  it("limits sign-ups per address", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_SIGN_UPS_PER_ADDRESS: "2" } });
    await signUpTestAccount(api);
    await signUpTestAccount(api);
    await expect(signUpTestAccount(api)).rejects.toThrow(/RATE_LIMITED/);
  });

  it("limits every other operation per signed-in user, per operation and not per request", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_OPERATIONS_PER_USER: "3" } });
    const account = await signUpTestAccount(api);
    const response = await api.graphql(
      `{ a: me { id } b: me { id } c: me { id } d: me { id } }`,
      {},
      account.accessToken,
    );
    expect(response.errors?.map((error) => error.extensions.code)).toEqual(["RATE_LIMITED"]);
    const other = await signUpTestAccount(api);
    expect((await api.graphql(`{ me { id } }`, {}, other.accessToken)).errors).toBeUndefined();
  });

  it("limits refreshes per session", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_REFRESHES_PER_SESSION: "1", REFRESH_GRACE_SECONDS: "30" } });
    const account = await signUpTestAccount(api);
    const refresh = `mutation($token: String!) { refreshSession(refreshToken: $token) { refreshToken } }`;
    expect((await api.graphql(refresh, { token: account.refreshToken })).errors).toBeUndefined();
    expect((await api.graphql(refresh, { token: account.refreshToken })).errors?.[0]?.extensions.code).toBe(
      "RATE_LIMITED",
    );
  });
});
