import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { mailsTo } from "./mailbox";
import { e2eAnalyst, e2eStaff, e2eSupport } from "./seed-platform";
import { signIn } from "./sign-in";

test.use({ baseURL: process.env.E2E_ADMIN_URL });

interface MobileUser {
  email: string;
  password: string;
  refreshToken: string;
}

/** The mobile API's answer code to a GraphQL call ("OK" when it has no error). */
async function graphqlCode(query: string, variables: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${process.env.E2E_API_URL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? "OK";
}

/** A user signed up through the mobile API, with the refresh token of their session. */
async function mobileUser(): Promise<MobileUser> {
  const suffix = randomBytes(4).toString("hex");
  const input = {
    email: `desk-${suffix}@example.com`,
    password: "correct horse battery",
    fullName: `Desk ${suffix}`,
    username: `desk_${suffix}`,
    timezone: "Europe/Berlin",
  };
  const response = await fetch(`${process.env.E2E_API_URL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: SignUpInput!) { signUp(input: $input) { refreshToken } }`,
      variables: { input },
    }),
  });
  const body = (await response.json()) as { data: { signUp: { refreshToken: string } } };
  return { email: input.email, password: input.password, refreshToken: body.data.signUp.refreshToken };
}

const refreshCode = (user: MobileUser) =>
  graphqlCode(`mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }`, {
    token: user.refreshToken,
  });
const signInCode = (user: MobileUser) =>
  graphqlCode(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
    input: { login: user.email, password: user.password },
  });

test("a support agent finds a user by part of the e-mail and ends their sessions", async ({ page }) => {
  const user = await mobileUser();
  await signIn(page, e2eSupport);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveTitle("Users · Momentum staff");
  await page.getByLabel("E-mail, username, name or id").fill(user.email.slice(0, 13).toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("user-results").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Desk / })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sessions" })).toContainText("Open");
  // Support may not suspend or delete: the page does not offer it.
  await expect(page.getByRole("button", { name: "Suspend" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete account" })).toHaveCount(0);

  await page.getByLabel("Reason (kept in the audit log)").fill("lost phone, ticket 1234");
  await page.getByRole("button", { name: "End all sessions" }).click();
  await page
    .getByRole("group", { name: /Sign .* out on every device/ })
    .getByRole("button", { name: "End sessions" })
    .click();
  await expect(page.getByRole("status")).toHaveText("Every session ended.");
  await expect(page.getByRole("region", { name: "Sessions" })).toContainText("ended_by_staff");
  expect(await refreshCode(user)).toBe("UNAUTHENTICATED");
});

test("a support agent sends a reset e-mail, and it arrives with a link that resets the password", async ({
  page,
}) => {
  const user = await mobileUser();
  await signIn(page, e2eSupport);
  await page.goto("/users");
  await page.getByLabel("E-mail, username, name or id").fill(user.email);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("user-results").getByRole("link").first().click();

  await page.getByLabel("Reason (kept in the audit log)").fill("forgot password, ticket 77");
  await page.getByRole("button", { name: "Send password reset" }).click();
  await page
    .getByRole("group", { name: /password-reset link/ })
    .getByRole("button", { name: "Send e-mail" })
    .click();
  await expect(page.getByRole("status")).toHaveText("Reset e-mail sent.");

  // Through the outbox, the broker and the notifier to this run's SMTP server.
  await expect.poll(() => mailsTo(user.email).length, { timeout: 20_000 }).toBe(1);
  const [mail] = mailsTo(user.email);
  expect(mail!.subject).toBe("Reset your Momentum password");
  const token = new URL(/https:\/\/app\.momentum\.test\/\S+/.exec(mail!.text)![0]).searchParams.get("token")!;
  const reset = await graphqlCode(
    `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`,
    {
      token,
      password: "a brand new passphrase",
    },
  );
  expect(reset).toBe("OK");
  expect(await signInCode({ ...user, password: "a brand new passphrase" })).toBe("OK");
});

test("an admin suspends a user (sign-in refused) and reactivates them (sign-in works)", async ({ page }) => {
  const user = await mobileUser();
  await signIn(page, e2eStaff);
  await page.goto("/users");
  await page.getByLabel("E-mail, username, name or id").fill(user.email);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("user-results").getByRole("link").first().click();

  const reason = page.getByLabel("Reason (kept in the audit log)");
  await reason.fill("abuse report 99");
  await page.getByRole("button", { name: "Suspend" }).click();
  await page
    .getByRole("group", { name: /Suspend / })
    .getByRole("button", { name: "Suspend" })
    .click();
  await expect(page.getByRole("status")).toHaveText("Account suspended.");
  expect(await signInCode(user)).toBe("UNAUTHENTICATED");

  await reason.fill("appeal accepted");
  await page.getByRole("button", { name: "Reactivate" }).click();
  await page
    .getByRole("group", { name: /sign in again/ })
    .getByRole("button", { name: "Reactivate" })
    .click();
  await expect(page.getByRole("status")).toHaveText("Account reactivated.");
  expect(await signInCode(user)).toBe("OK");
});

test("an analyst cannot see the users", async ({ page }) => {
  await signIn(page, e2eAnalyst);
  await expect(
    page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" }),
  ).toHaveCount(0);
  await page.goto("/users");
  await expect(page.getByTestId("user-results")).toHaveCount(0);
  await expect(page.getByText(/not allowed|does not allow/i).first()).toBeVisible();
});
