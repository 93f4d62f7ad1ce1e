import { expect, test } from "@playwright/test";
import { e2eStaff, expectedCounts } from "./seed-platform";

// global-setup starts the dashboard on a free port; the workers read it from the environment.
test.use({ baseURL: process.env.E2E_ADMIN_URL });

test("a visitor without a session is sent from the overview to the login page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel("Email")).toBeVisible();
});

test("a wrong password shows an error and keeps the visitor on the login page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(e2eStaff.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByTestId("login-error")).toHaveText("E-mail or password is incorrect");
  await expect(page).toHaveURL(/\/login$/);
});

test("staff sign in, see the platform's real counts, and sign out again", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(e2eStaff.email.toUpperCase());
  await page.getByLabel("Password").fill(e2eStaff.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${e2eStaff.fullName} (admin)`)).toBeVisible();
  await expect(page.getByTestId("count-users").locator(".card-value")).toHaveText(
    String(expectedCounts.users),
  );
  await expect(page.getByTestId("count-tasks").locator(".card-value")).toHaveText(
    String(expectedCounts.tasks),
  );
  await expect(page.getByTestId("count-tasksCompleted").locator(".card-value")).toHaveText(
    String(expectedCounts.tasksCompleted),
  );

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});

test("a dashboard opened at another address than ADMIN_ORIGIN says which address to open", async ({
  page,
}) => {
  // The run's ADMIN_ORIGIN is http://127.0.0.1:<port>; the same server reached as localhost is another origin.
  const configured = new URL(process.env.E2E_ADMIN_URL!);
  const elsewhere = new URL(configured);
  elsewhere.hostname = "localhost";
  await page.goto(new URL("/login", elsewhere).toString());
  await page.getByLabel("Email").fill(e2eStaff.email);
  await page.getByLabel("Password").fill(e2eStaff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const error = page.getByTestId("login-error");
  await expect(error).toContainText(`the dashboard is served at ${configured.origin}`);
  await expect(error).toContainText("ADMIN_ORIGIN");
});
