import { randomBytes } from "node:crypto";
import { type TestApi } from "./test-api";

export interface TestAccount {
  userId: string;
  accessToken: string;
  refreshToken: string;
  email: string;
  username: string;
  password: string;
}

/** Signs up a fresh user through the public API; each call makes a distinct account. */
export async function signUpTestAccount(
  api: Pick<TestApi, "graphql">,
  overrides: Partial<Record<string, string>> = {},
): Promise<TestAccount> {
  const suffix = randomBytes(4).toString("hex");
  const input = {
    email: `user-${suffix}@example.com`,
    password: "correct horse battery",
    fullName: "Test User",
    username: `user_${suffix}`,
    timezone: "Europe/Berlin",
    ...overrides,
  };
  const response = await api.graphql<{
    signUp: { accessToken: string; refreshToken: string; user: { id: string } };
  }>(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`, {
    input,
  });
  if (!response.data) throw new Error(`signUp failed: ${JSON.stringify(response.errors)}`);
  return {
    userId: response.data.signUp.user.id,
    accessToken: response.data.signUp.accessToken,
    refreshToken: response.data.signUp.refreshToken,
    email: input.email,
    username: input.username,
    password: input.password,
  };
}
