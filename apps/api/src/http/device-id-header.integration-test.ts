import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.stop());

async function signInWithHeader(deviceId: string, login: string, password: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-device-id": deviceId },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { refreshToken } }`,
      variables: { input: { login, password } },
    }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data: unknown;
      errors?: { message: string; extensions: { code: string; fields?: { field: string }[] } }[];
    },
  };
}

describe("the X-Device-Id header is input like any other", () => {
  it.each([
    ["300 characters", "d".repeat(300)],
    ["spaces and control characters", "device id\twith tab"],
  ])("a header with %s is BAD_USER_INPUT naming the header, not an internal error", async (_, value) => {
    const account = await signUpTestAccount(api);
    const response = await signInWithHeader(value, account.email, account.password);
    expect(response.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(response.body.errors?.[0]?.extensions.fields).toEqual([
      { field: "X-Device-Id", message: expect.any(String) as string },
    ]);
    expect(response.body.data ?? null).toBeNull();
    expect(response.status).toBe(200); // a GraphQL error, like any bad input, not an HTTP failure
  });

  it("a header of 255 visible characters signs in on that device", async () => {
    const account = await signUpTestAccount(api);
    const response = await signInWithHeader("d".repeat(255), account.email, account.password);
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });
});
