import { expect, test } from "@playwright/test";
import { e2eAnalyst, expectedReport } from "./seed-platform";
import { signIn } from "./sign-in";

test.use({ baseURL: process.env.E2E_ADMIN_URL });

test("an analyst sees the reports with charts drawn from the analytics data, and cannot open staff management", async ({
  page,
}) => {
  await signIn(page, e2eAnalyst);
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  await expect(nav.getByRole("link", { name: "Reports" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Staff" })).toHaveCount(0);

  await nav.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByTestId("total-tasksCompleted").locator(".card-value")).toHaveText(
    String(expectedReport.tasksCompleted),
  );
  await expect(page.getByTestId("total-focusMinutes").locator(".card-value")).toHaveText(
    String(expectedReport.focusMinutes),
  );
  const activeUsersChart = page.getByTestId("chart-Daily active users");
  await expect(activeUsersChart.locator("svg.recharts-surface")).toBeVisible();
  await expect(activeUsersChart.locator(".recharts-line-curve")).toHaveCount(1);
  await expect(
    page.getByTestId("chart-Completions").locator(".recharts-bar-rectangle").first(),
  ).toBeVisible();
  await expect(page.getByTestId("activity-by-type")).toContainText("completed");

  await page.goto("/staff");
  await expect(page.getByTestId("not-allowed")).toContainText("Not allowed");
  await expect(page.getByLabel("Full name")).toHaveCount(0);
});
