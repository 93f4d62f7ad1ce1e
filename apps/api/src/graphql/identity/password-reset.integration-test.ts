import "reflect-metadata";
import { OutboxEvent, PasswordResetToken, User } from "@momentum/db";
import { issuePasswordResetToken } from "@momentum/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }`;
const NEW_PASSWORD = "a much better passphrase";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => api.clock.set(new Date()));
afterAll(() => api?.stop());

const em = () => api.deps.orm.em.fork();
const requestReset = (email: string) => api.graphql<{ requestPasswordReset: boolean }>(REQUEST, { email });
const reset = (token: string, password = NEW_PASSWORD) =>
  api.graphql<{ resetPassword: boolean }>(RESET, { token, password });
const resetEmailsOf = (userId: string) =>
  em().find(OutboxEvent, { userId, eventType: "PASSWORD_RESET_EMAIL" }, { orderBy: { createdAt: "asc" } });

/** What the notifier does when it sends the e-mail: a token of the account, valid from the API's now. */
async function issueToken(account: TestAccount): Promise<string> {
  const fork = em();
  const token = issuePasswordResetToken(fork, account.userId, api.clock.now());
  await fork.flush();
  return token;
}

async function signInCode(login: string, password: string): Promise<string> {
  const response = await api.graphql(SIGN_IN, { input: { login, password } });
  return response.errors?.[0]?.extensions.code ?? "OK";
}

const refusal = (response: Awaited<ReturnType<typeof reset>>) => ({
  code: response.errors?.[0]?.extensions.code,
  fields: (response.errors?.[0]?.extensions.fields as { field: string }[] | undefined)?.map((f) => f.field),
});

describe("requestPasswordReset", () => {
  it("answers true for an unknown address and for a known one, and asks the notifier for an e-mail only for the account", async () => {
    const account = await signUpTestAccount(api);
    expect((await requestReset("nobody-here@example.com")).data).toEqual({ requestPasswordReset: true });
    expect((await requestReset(` ${account.email.toUpperCase()} `)).data).toEqual({
      requestPasswordReset: true,
    });

    const [message] = await resetEmailsOf(account.userId);
    expect(message?.payload).toEqual({
      type: "PASSWORD_RESET_EMAIL",
      userId: account.userId,
      requestedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(JSON.stringify(message?.payload)).not.toContain(account.email);
  });

  it("answers true for a suspended account and sends it nothing", async () => {
    const account = await signUpTestAccount(api);
    await em().nativeUpdate(User, { id: account.userId }, { isActive: false });
    expect((await requestReset(account.email)).data).toEqual({ requestPasswordReset: true });
    expect(await resetEmailsOf(account.userId)).toEqual([]);
  });

  it("limits the requests for one e-mail address, known or not, to three an hour", async () => {
    const account = await signUpTestAccount(api);
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await requestReset(account.email)).errors).toBeUndefined();
    expect((await requestReset(account.email)).errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
    expect(await resetEmailsOf(account.userId)).toHaveLength(3);
  });

  it("refuses a malformed address as BAD_USER_INPUT on email", async () => {
    const response = await requestReset("not an address");
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(JSON.stringify(response.errors?.[0]?.extensions.fields)).toContain('"email"');
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends every session and spends the token", async () => {
    const account = await signUpTestAccount(api);
    const token = await issueToken(account);

    expect((await reset(token)).data).toEqual({ resetPassword: true });
    expect(await signInCode(account.email, account.password)).toBe("UNAUTHENTICATED");
    expect(await signInCode(account.email, NEW_PASSWORD)).toBe("OK");
    const refreshed = await api.graphql(REFRESH, { token: account.refreshToken });
    expect(refreshed.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");

    expect(refusal(await reset(token, "yet another passphrase"))).toEqual({
      code: "BAD_USER_INPUT",
      fields: ["token"],
    });
  });

  it("voids the account's other open tokens", async () => {
    const account = await signUpTestAccount(api);
    const first = await issueToken(account);
    const second = await issueToken(account);
    expect((await reset(second)).data).toEqual({ resetPassword: true });
    expect(refusal(await reset(first))).toEqual({ code: "BAD_USER_INPUT", fields: ["token"] });
    expect(await em().count(PasswordResetToken, { user: account.userId, usedAt: null })).toBe(0);
  });

  it("works for an hour and not after", async () => {
    const account = await signUpTestAccount(api);
    const token = await issueToken(account);
    api.clock.set(new Date(api.clock.now().getTime() + 60 * 60 * 1000));
    expect(refusal(await reset(token))).toEqual({ code: "BAD_USER_INPUT", fields: ["token"] });
    expect(await signInCode(account.email, account.password)).toBe("OK");
  });

  it("refuses the token of an account suspended since", async () => {
    const account = await signUpTestAccount(api);
    const token = await issueToken(account);
    await em().nativeUpdate(User, { id: account.userId }, { isActive: false });
    expect(refusal(await reset(token))).toEqual({ code: "BAD_USER_INPUT", fields: ["token"] });
  });

  it.each([
    ["a made-up token", "A".repeat(43), NEW_PASSWORD, ["token"]],
    ["a token of the wrong shape", "not-a-token", NEW_PASSWORD, ["token"]],
    ["a password shorter than sign-up allows", "A".repeat(43), "short", ["newPassword"]],
  ])("refuses %s as BAD_USER_INPUT", async (_case, token, password, fields) => {
    expect(refusal(await reset(token, password))).toEqual({ code: "BAD_USER_INPUT", fields });
  });
});
