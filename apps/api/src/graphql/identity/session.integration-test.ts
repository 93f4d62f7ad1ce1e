import "reflect-metadata";
import { Session, User } from "@momentum/db";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }`;
const ME = `{ me { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`;

interface Pair {
  accessToken: string;
  refreshToken: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { REFRESH_GRACE_SECONDS: "2", REFRESH_TOKEN_TTL_DAYS: "30" } });
});
// Tests that move the API's clock leave it where the next test expects it: at the real time.
afterEach(() => api.clock.set(new Date()));
afterAll(() => api?.stop());

async function refresh(token: string) {
  return api.graphql<{ refreshSession: Pair }>(REFRESH, { token });
}

async function meCode(accessToken: string): Promise<string | undefined> {
  const response = await api.graphql(ME, {}, accessToken);
  return response.errors?.[0]?.extensions.code ?? "OK";
}

async function signInAgain(account: TestAccount): Promise<Pair> {
  const response = await api.graphql<{ signIn: Pair }>(SIGN_IN, {
    input: { login: account.email, password: account.password },
  });
  return response.data!.signIn;
}

describe("refreshing a session", () => {
  it("returns a new pair and spends the old refresh token", async () => {
    const account = await signUpTestAccount(api);
    const first = await refresh(account.refreshToken);
    expect(first.errors).toBeUndefined();
    const pair = first.data!.refreshSession;
    expect(pair.refreshToken).not.toBe(account.refreshToken);
    expect(await meCode(pair.accessToken)).toBe("OK");

    const second = await refresh(pair.refreshToken);
    expect(second.data!.refreshSession.refreshToken).not.toBe(pair.refreshToken);
  });

  it("gives a retry within the grace window the very same pair", async () => {
    const account = await signUpTestAccount(api);
    const first = (await refresh(account.refreshToken)).data!.refreshSession;
    const retry = (await refresh(account.refreshToken)).data!.refreshSession;
    expect(retry).toEqual(first);
  });

  it("treats a spent token presented after the grace window as theft and revokes the whole session", async () => {
    const account = await signUpTestAccount(api);
    const rotated = (await refresh(account.refreshToken)).data!.refreshSession;
    api.clock.advance(2_001);

    const replay = await refresh(account.refreshToken);
    expect(replay.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    // The thief's replay ends the legitimate holder's family too.
    expect((await refresh(rotated.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(await meCode(rotated.accessToken)).toBe("UNAUTHENTICATED");
    const session = await api.deps.orm.em.fork().findOneOrFail(Session, { user: account.userId });
    expect(session.revokedReason).toBe("token_reuse");
  });

  it("serialises parallel refreshes with one token into a single live family", async () => {
    const account = await signUpTestAccount(api);
    const results = await Promise.all(Array.from({ length: 8 }, () => refresh(account.refreshToken)));
    const tokens = new Set(results.map((result) => result.data?.refreshSession.refreshToken));
    expect(tokens.size).toBe(1);
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const sessions = await api.deps.orm.em.fork().find(Session, { user: account.userId });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.generation).toBe(1);
  });

  it("treats a token two generations old as theft even within the grace window", async () => {
    const account = await signUpTestAccount(api);
    const first = (await refresh(account.refreshToken)).data!.refreshSession;
    const second = (await refresh(first.refreshToken)).data!.refreshSession;

    const replay = await refresh(account.refreshToken);
    expect(replay.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect((await refresh(second.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const session = await api.deps.orm.em.fork().findOneOrFail(Session, { user: account.userId });
    expect(session.revokedReason).toBe("token_reuse");
  });

  it("keeps a session alive while it is used within its lifetime, and ends one left unused that long", async () => {
    const account = await signUpTestAccount(api);
    api.clock.advance(29 * DAY_MS);
    const used = await refresh(account.refreshToken);
    expect(used.errors).toBeUndefined();
    api.clock.advance(29 * DAY_MS);
    const usedAgain = await refresh(used.data!.refreshSession.refreshToken);
    expect(usedAgain.errors).toBeUndefined();

    api.clock.advance(30 * DAY_MS + 1_000);
    const expired = await refresh(usedAgain.data!.refreshSession.refreshToken);
    expect(expired.errors?.[0]).toMatchObject({
      message: "Session has ended, sign in again",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("refuses to refresh once the account is deleted", async () => {
    const account = await signUpTestAccount(api);
    const deleted = await api.graphql(
      `mutation($password: String!) { deleteAccount(password: $password) }`,
      { password: account.password },
      account.accessToken,
    );
    expect(deleted.data).toEqual({ deleteAccount: true });
    expect((await refresh(account.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses to refresh for a user marked deleted, though the session row is still there", async () => {
    const account = await signUpTestAccount(api);
    await api.deps.orm.em.fork().nativeUpdate(User, { id: account.userId }, { deletedAt: api.clock.now() });
    expect((await refresh(account.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(await api.deps.orm.em.fork().count(Session, { user: account.userId, revokedAt: null })).toBe(1);
  });

  it("refuses a made-up secret for a real session id without ending that session", async () => {
    const account = await signUpTestAccount(api);
    const sessionId = account.refreshToken.split(".")[0]!;
    const forged = await refresh(`${sessionId}.${"A".repeat(43)}`);
    expect(forged.errors?.[0]).toMatchObject({
      message: "Invalid refresh token",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(await meCode(account.accessToken)).toBe("OK");
    expect((await refresh(account.refreshToken)).errors).toBeUndefined();
    const session = await api.deps.orm.em.fork().findOneOrFail(Session, { id: sessionId });
    expect(session.revokedAt).toBeNull();
  });

  it("recognises a token many rotations old as a replay", async () => {
    const account = await signUpTestAccount(api);
    let token = account.refreshToken;
    for (let rotation = 0; rotation < 5; rotation++) {
      api.clock.advance(3_000); // past the grace window, so each is a real rotation
      token = (await refresh(token)).data!.refreshSession.refreshToken;
    }
    expect((await refresh(account.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const session = await api.deps.orm.em.fork().findOneOrFail(Session, { user: account.userId });
    expect(session.revokedReason).toBe("token_reuse");
  });

  it("ends a session at its absolute lifetime (90 days) however often it is refreshed", async () => {
    const account = await signUpTestAccount(api);
    let pair: Pair = { accessToken: account.accessToken, refreshToken: account.refreshToken };
    for (let day = 20; day <= 80; day += 20) {
      api.clock.advance(20 * DAY_MS);
      pair = (await refresh(pair.refreshToken)).data!.refreshSession;
    }
    api.clock.advance(9 * DAY_MS); // day 89: still inside
    pair = (await refresh(pair.refreshToken)).data!.refreshSession;
    expect(await meCode(pair.accessToken)).toBe("OK");

    api.clock.advance(DAY_MS); // day 90
    expect((await refresh(pair.refreshToken)).errors?.[0]).toMatchObject({
      message: "Session has ended, sign in again",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("refuses to refresh for a deactivated user", async () => {
    const account = await signUpTestAccount(api);
    await api.deps.orm.em.fork().nativeUpdate(User, { id: account.userId }, { isActive: false });
    expect((await refresh(account.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["garbage"],
    ["00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
  ])("refuses the unknown token %s", async (token) => {
    expect((await refresh(token)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("ending sessions", () => {
  it("signs out this device only, at once", async () => {
    const account = await signUpTestAccount(api);
    const other = await signInAgain(account);
    const response = await api.graphql(`mutation { signOut }`, {}, account.accessToken);
    expect(response.data).toEqual({ signOut: true });
    expect(await meCode(account.accessToken)).toBe("UNAUTHENTICATED");
    expect((await refresh(account.refreshToken)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(await meCode(other.accessToken)).toBe("OK");
  });

  it("signs out every device", async () => {
    const account = await signUpTestAccount(api);
    const other = await signInAgain(account);
    await api.graphql(`mutation { signOut(allDevices: true) }`, {}, account.accessToken);
    expect(await meCode(account.accessToken)).toBe("UNAUTHENTICATED");
    expect(await meCode(other.accessToken)).toBe("UNAUTHENTICATED");
  });

  it("changing the password keeps this session and ends the others", async () => {
    const account = await signUpTestAccount(api);
    const other = await signInAgain(account);
    const wrong = await api.graphql(
      `mutation { changePassword(currentPassword: "not it at all", newPassword: "a brand new password") }`,
      {},
      account.accessToken,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "currentPassword" }],
    });

    const changed = await api.graphql(
      `mutation($current: String!) { changePassword(currentPassword: $current, newPassword: "a brand new password") }`,
      { current: account.password },
      account.accessToken,
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect(await meCode(account.accessToken)).toBe("OK");
    expect(await meCode(other.accessToken)).toBe("UNAUTHENTICATED");
    const signIn = await api.graphql(SIGN_IN, {
      input: { login: account.email, password: "a brand new password" },
    });
    expect(signIn.errors).toBeUndefined();
  });

  it("keeps everyone signed in when Redis is flushed mid-session, and still honours revocations", async () => {
    const account = await signUpTestAccount(api);
    const other = await signInAgain(account);
    expect(await meCode(account.accessToken)).toBe("OK");
    const keys = await api.deps.redis.keys(`${api.deps.config.redis.keyPrefix}*`);
    const prefix = api.deps.config.redis.keyPrefix;
    if (keys.length > 0) await api.deps.redis.del(...keys.map((key) => key.slice(prefix.length)));

    expect(await meCode(account.accessToken)).toBe("OK");
    await api.graphql(`mutation { signOut }`, {}, other.accessToken);
    expect(await meCode(other.accessToken)).toBe("UNAUTHENTICATED");
    expect(await meCode(account.accessToken)).toBe("OK");
  });
});

describe("one session per device", () => {
  it("signing in again on the same device ends that device's earlier session, not the others", async () => {
    const account = await signUpTestAccount(api);
    const signInOn = async (deviceId: string) =>
      (
        await api.graphql<{ signIn: Pair }>(SIGN_IN, {
          input: { login: account.email, password: account.password, deviceId },
        })
      ).data!.signIn;
    const phone = await signInOn("phone-1");
    const tablet = await signInOn("tablet-1");
    const phoneAgain = await signInOn("phone-1");
    expect(await meCode(phone.accessToken)).toBe("UNAUTHENTICATED");
    expect(await meCode(tablet.accessToken)).toBe("OK");
    expect(await meCode(phoneAgain.accessToken)).toBe("OK");
  });
});
