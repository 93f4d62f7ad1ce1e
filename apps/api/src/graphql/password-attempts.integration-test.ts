import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { createStaffAccount } from "@momentum/domain";
import { afterEach, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../testing/account-builder";
import { callGraphql, startTestApi, type TestApi } from "../testing/test-api";

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const DELETE_ACCOUNT = `mutation($password: String!) { deleteAccount(password: $password) }`;

let api: TestApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

/** The test stands in for the one reverse proxy in front of the API, which appends the caller's address. */
const behindOneProxy = { TRUSTED_PROXY_HOPS: "1" };

async function signInFrom(target: TestApi, address: string, login: string, password: string) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { login, password } } }),
  });
  const body = (await response.json()) as {
    errors?: { extensions: { code: string; retryAfter?: number } }[];
  };
  return {
    code: body.errors?.[0]?.extensions.code ?? "OK",
    retryAfter: body.errors?.[0]?.extensions.retryAfter,
  };
}

const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>(
    (counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }),
    {},
  );

describe("password attempts at sign-in", () => {
  it("checks exactly five of thirty parallel wrong passwords for one account; the rest are RATE_LIMITED", async () => {
    api = await startTestApi();
    const account = await signUpTestAccount(api);
    const target = api;
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, guess) =>
        target.graphql(SIGN_IN, { input: { login: account.email, password: `wrong guess ${guess}` } }),
      ),
    );
    expect(tally(replies.map((reply) => reply.errors?.[0]?.extensions.code ?? "OK"))).toEqual({
      UNAUTHENTICATED: 5,
      RATE_LIMITED: 25,
    });
  });

  it("refuses at t+30 s and lets the login try again just past the window, on the API's clock", async () => {
    api = await startTestApi({ now: "2030-01-01T12:00:00Z" });
    const account = await signUpTestAccount(api);
    const attempt = (password: string) => signInFrom(api!, "127.0.0.1", account.email, password);
    for (let guess = 0; guess < 5; guess++)
      expect((await attempt(`wrong guess ${guess}`)).code).toBe("UNAUTHENTICATED");

    // The test clock runs at the real pace from where it is set: sign-up and guesses took a moment.
    api.clock.set("2030-01-01T12:00:30Z");
    const refused = await attempt(account.password);
    expect(refused.code).toBe("RATE_LIMITED");
    expect(Math.abs(refused.retryAfter! - (15 * 60 - 30))).toBeLessThanOrEqual(5);
    api.clock.set("2030-01-01T12:15:10Z");
    expect((await attempt(account.password)).code).toBe("OK");
  });

  it("gives a right password's attempt back: signing in again and again is never limited", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS: "2" } });
    const account = await signUpTestAccount(api);
    for (let signIn = 0; signIn < 5; signIn++) {
      expect((await signInFrom(api, "127.0.0.1", account.username, account.password)).code).toBe("OK");
    }
  });

  it("lets no stranger lock the owner out: guesses count per address, and the per-login limit spares known addresses", async () => {
    api = await startTestApi({
      env: {
        ...behindOneProxy,
        RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS: "3",
        RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN: "6",
      },
    });
    const account = await signUpTestAccount(api);
    const owner = "198.51.100.10";
    expect((await signInFrom(api, owner, account.email, account.password)).code).toBe("OK");

    const codesFrom = async (address: string, guesses: number) => {
      const codes = [];
      for (let guess = 0; guess < guesses; guess++) {
        codes.push((await signInFrom(api!, address, account.email, `wrong guess ${guess}`)).code);
      }
      return codes;
    };
    // One address is stopped after three guesses; the owner, elsewhere, is not.
    expect(await codesFrom("203.0.113.1", 4)).toEqual([...Array(3).fill("UNAUTHENTICATED"), "RATE_LIMITED"]);
    expect((await signInFrom(api, owner, account.email, account.password)).code).toBe("OK");
    // Spread over addresses, the guesses meet the per-login limit: new addresses are refused…
    expect(await codesFrom("203.0.113.2", 3)).toEqual(Array(3).fill("UNAUTHENTICATED"));
    expect(await codesFrom("203.0.113.3", 1)).toEqual(["RATE_LIMITED"]);
    expect((await signInFrom(api, "192.0.2.99", account.email, account.password)).code).toBe("RATE_LIMITED");
    // …but not the address the owner signs in from.
    expect((await signInFrom(api, owner, account.email, account.password)).code).toBe("OK");
  });
});

describe("password checks of a signed-in user", () => {
  async function parallelChecks(
    target: TestApi,
    account: TestAccount,
    query: string,
    variables: (n: number) => Record<string, unknown>,
  ) {
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, guess) =>
        callGraphql(target.url, query, variables(guess), account.accessToken),
      ),
    );
    return tally(replies.map((reply) => reply.errors?.[0]?.extensions.code ?? "OK"));
  }

  it("changePassword checks at most five wrong current passwords, then answers RATE_LIMITED even to the right one", async () => {
    api = await startTestApi();
    const account = await signUpTestAccount(api);
    expect(
      await parallelChecks(api, account, CHANGE_PASSWORD, (guess) => ({
        current: `wrong guess ${guess}`,
        next: "a brand new password",
      })),
    ).toEqual({ BAD_USER_INPUT: 5, RATE_LIMITED: 25 });
    const right = await api.graphql(
      CHANGE_PASSWORD,
      { current: account.password, next: "a brand new password" },
      account.accessToken,
    );
    expect(right.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
  });

  it("changePassword with the right password works and gives its attempt back", async () => {
    api = await startTestApi({ env: { RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS: "1" } });
    const account = await signUpTestAccount(api);
    let current = account.password;
    for (const next of ["first new password", "second new password"]) {
      const changed = await api.graphql(CHANGE_PASSWORD, { current, next }, account.accessToken);
      expect(changed.errors).toBeUndefined();
      current = next;
    }
  });

  it("deleteAccount checks at most five wrong passwords and keeps the account", async () => {
    api = await startTestApi();
    const account = await signUpTestAccount(api);
    expect(
      await parallelChecks(api, account, DELETE_ACCOUNT, (guess) => ({ password: `wrong guess ${guess}` })),
    ).toEqual({ BAD_USER_INPUT: 5, RATE_LIMITED: 25 });
    expect((await api.graphql(`{ me { id } }`, {}, account.accessToken)).errors).toBeUndefined();
  });
});

describe("password attempts of staff", () => {
  it("checks exactly five of thirty parallel wrong passwords, and the staff member still signs in from their own address", async () => {
    const dashboardSecret = "dashboard-proxy-secret-for-this-test-0123456789";
    api = await startTestApi({
      env: { DASHBOARD_PROXY_SECRET: dashboardSecret, ADMIN_ORIGIN: "http://dash.test" },
    });
    const em = api.deps.orm.em.fork();
    const email = `admin-${randomUUID().slice(0, 8)}@momentum.test`;
    const password = "correct horse battery";
    await createStaffAccount(
      em,
      { email, fullName: "Ada Admin", role: "admin", password },
      { bcryptCost: 4 },
    );
    await em.flush();
    const target = api;
    const signInVia = (address: string, guess: string) =>
      fetch(`${target.url}/trpc/staffAuth.signIn`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://dash.test",
          "x-vouched-client-address": address,
          "x-vouching-secret": dashboardSecret,
        },
        body: JSON.stringify({ email, password: guess }),
      }).then((response) => response.status);

    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, guess) => signInVia("203.0.113.50", `wrong guess ${guess}`)),
    );
    expect(tally(statuses.map(String))).toEqual({ "401": 5, "429": 25 });
    expect(await signInVia("198.51.100.20", password)).toBe(200);
  });
});
