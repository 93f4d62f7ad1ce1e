import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id email username timezone } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }`;
const ME = `{ me { id email fullName username timezone settings notificationPreferences } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const validSignUp = (suffix: string) => ({
  email: `Ada.${suffix}@Example.com`,
  password: "analytical engine",
  fullName: "Ada Lovelace",
  username: `ada_${suffix}`,
  timezone: "Europe/London",
});

describe("signing up", () => {
  it("creates the account, stores the e-mail in lower case and returns a working token pair", async () => {
    const response = await api.graphql<{
      signUp: {
        accessToken: string;
        accessTokenExpiresAt: string;
        refreshToken: string;
        user: { id: string; email: string };
      };
    }>(SIGN_UP, { input: validSignUp("one") });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.signUp;
    expect(payload.user.email).toBe("ada.one@example.com");
    expect(payload.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const minutesValid = (Date.parse(payload.accessTokenExpiresAt) - api.clock.now().getTime()) / 60_000;
    expect(minutesValid).toBeGreaterThan(14);
    expect(minutesValid).toBeLessThanOrEqual(15);

    const me = await api.graphql<{ me: { id: string; settings: object } }>(ME, {}, payload.accessToken);
    expect(me.data?.me).toMatchObject({ id: payload.user.id, settings: {} });
  });

  it("refuses an e-mail or username that is taken, whatever its case, as CONFLICT naming the field", async () => {
    await api.graphql(SIGN_UP, { input: validSignUp("two") });
    const again = await api.graphql(SIGN_UP, {
      input: { ...validSignUp("two"), email: "ADA.TWO@example.com", username: "ADA_TWO" },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      fields: [
        { field: "input.email", message: "is already registered" },
        { field: "input.username", message: "is already taken" },
      ],
    });
  });

  it.each([
    ["email", { email: "not-an-email" }, "input.email"],
    ["username with spaces", { username: "ada lovelace" }, "input.username"],
    ["username too short", { username: "ab" }, "input.username"],
    ["password too short", { password: "short" }, "input.password"],
    ["password over 72 bytes", { password: "ä".repeat(37) }, "input.password"],
    ["unknown time zone", { timezone: "Mars/Olympus_Mons" }, "input.timezone"],
    ["offset instead of a zone", { timezone: "+02:00" }, "input.timezone"],
    ["empty full name", { fullName: "   " }, "input.fullName"],
  ])("refuses a bad %s as BAD_USER_INPUT naming the field", async (_case, change, field) => {
    const response = await api.graphql(SIGN_UP, { input: { ...validSignUp("bad"), ...change } });
    expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ field })]);
  });
});

describe("signing in", () => {
  it("accepts the e-mail or the username in any case", async () => {
    const account = await signUpTestAccount(api);
    for (const login of [account.email.toUpperCase(), account.username.toUpperCase()]) {
      const response = await api.graphql<{ signIn: { user: { id: string } } }>(SIGN_IN, {
        input: { login, password: account.password },
      });
      expect(response.data?.signIn.user.id).toBe(account.userId);
    }
  });

  it("answers a wrong password and an unknown login with the same error", async () => {
    const account = await signUpTestAccount(api);
    const wrongPassword = await api.graphql(SIGN_IN, {
      input: { login: account.email, password: "wrong password!" },
    });
    const unknownLogin = await api.graphql(SIGN_IN, {
      input: { login: "nobody@example.com", password: "wrong password!" },
    });
    expect(wrongPassword.errors?.[0]).toMatchObject({
      message: "Wrong login or password",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(unknownLogin.errors?.[0]).toEqual(wrongPassword.errors?.[0]);
  });
});

describe("authentication", () => {
  it("refuses protected operations without a token, with a garbage token and with a forged one", async () => {
    const account = await signUpTestAccount(api);
    const [header, payload] = account.accessToken.split(".");
    const forged = `${header}.${payload}.${"A".repeat(43)}`;
    for (const token of [undefined, "garbage", forged]) {
      const response = await api.graphql(ME, {}, token);
      expect(response.status).toBe(200);
      expect(response.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      expect(response.data).toBeNull();
    }
  });
});
