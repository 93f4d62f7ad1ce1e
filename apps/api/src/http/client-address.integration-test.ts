import "reflect-metadata";
import { afterEach, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";

const SIGN_IN = `mutation { signIn(input: { login: "nobody@example.com", password: "not a password" }) { accessToken } }`;

let api: TestApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

/** A sign-in call (one auth call) with these headers; answers its error code. */
async function signInWith(target: TestApi, headers: Record<string, string>) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: SIGN_IN }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code;
}

const limitedAfterTwo = { RATE_LIMIT_AUTH_CALLS_PER_ADDRESS: "2" };

describe("the client address behind proxies", () => {
  it("ignores X-Forwarded-For unless proxies are configured: forged entries do not escape the limit", async () => {
    api = await startTestApi({ env: limitedAfterTwo });
    const codes = [];
    for (let call = 0; call < 3; call++)
      codes.push(await signInWith(api, { "x-forwarded-for": `6.6.6.${call}` }));
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
  });

  it("with one trusted proxy takes the entry it appended, never the client's own entries further left", async () => {
    api = await startTestApi({ env: { ...limitedAfterTwo, TRUSTED_PROXY_HOPS: "1" } });
    const codes = [];
    for (let call = 0; call < 3; call++) {
      codes.push(await signInWith(api, { "x-forwarded-for": `6.6.6.${call}, 203.0.113.7` }));
    }
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
    expect(await signInWith(api, { "x-forwarded-for": "203.0.113.8" })).toBe("UNAUTHENTICATED");
  });

  it("with trusted ranges takes the first address from the right outside them", async () => {
    api = await startTestApi({ env: { ...limitedAfterTwo, TRUSTED_PROXIES: "127.0.0.0/8, 10.0.0.0/8" } });
    const codes = [];
    for (let call = 0; call < 3; call++) {
      codes.push(await signInWith(api, { "x-forwarded-for": `6.6.6.${call}, 203.0.113.7, 10.0.0.5` }));
    }
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
  });

  it("counts IPv6 clients per /64", async () => {
    api = await startTestApi({ env: { ...limitedAfterTwo, TRUSTED_PROXY_HOPS: "1" } });
    const codes = [];
    for (let call = 1; call <= 3; call++) {
      codes.push(await signInWith(api, { "x-forwarded-for": `2001:db8:1:2::${call}` }));
    }
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
    expect(await signInWith(api, { "x-forwarded-for": "2001:db8:1:3::1" })).toBe("UNAUTHENTICATED");
  });

  it("believes the address the dashboard vouches for only with the dashboard's secret", async () => {
    const secret = "dashboard-proxy-secret-for-this-test-0123456789";
    api = await startTestApi({ env: { ...limitedAfterTwo, DASHBOARD_PROXY_SECRET: secret } });
    const vouched = (address: string, given: string) => ({
      "x-vouched-client-address": address,
      "x-vouching-secret": given,
    });
    for (let call = 0; call < 2; call++) {
      expect(await signInWith(api, vouched("203.0.113.1", secret))).toBe("UNAUTHENTICATED");
    }
    expect(await signInWith(api, vouched("203.0.113.1", secret))).toBe("RATE_LIMITED");
    // Another staff member behind the same dashboard has their own count.
    expect(await signInWith(api, vouched("203.0.113.2", secret))).toBe("UNAUTHENTICATED");
    // Without the secret the header is ignored, and the calls count for the peer itself.
    const forged = [];
    for (let call = 0; call < 3; call++) {
      forged.push(
        await signInWith(api, vouched(`6.6.6.${call}`, "a guessed secret of the same length!!!!!!!!")),
      );
    }
    expect(forged).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
  });
});
