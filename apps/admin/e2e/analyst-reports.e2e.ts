import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { e2eAchievementName, populationRange } from "./seed-analyst-population";
import { e2eAnalyst } from "./seed-platform";
import { signIn } from "./sign-in";

test.use({ baseURL: process.env.E2E_ADMIN_URL });

async function showReports(page: Page, filter: { from: string; to: string; platform?: string }) {
  const form = page.getByRole("form", { name: "Analyst report filter" });
  await form.getByLabel("From").fill(filter.from);
  await form.getByLabel("To").fill(filter.to);
  await form.getByLabel("Platform").selectOption(filter.platform ?? "all");
  await form.getByRole("button", { name: "Show reports" }).click();
}

test("an analyst sees every analyst report drawn from ingested events, and downloads its tables as CSV", async ({
  page,
}) => {
  await signIn(page, e2eAnalyst);
  await page.goto("/reports");
  await expect(page.getByTestId("day-base")).toContainText("own calendar days");
  await showReports(page, populationRange);

  for (const chart of ["Active users per day", "Active users per week", "Active users per month"]) {
    await expect(page.getByTestId(`chart-${chart}`).locator("svg.recharts-surface")).toBeVisible();
  }
  await expect(page.getByTestId("chart-Active users per day").locator(".recharts-line-curve")).toHaveCount(1);
  for (const chart of [
    "Active users per week",
    "Completion rate (%)",
    "Tasks completed",
    "Unlocked",
    "Focus minutes per day",
  ]) {
    await expect(page.getByTestId(`chart-${chart}`).locator(".recharts-bar-rectangle").first()).toBeVisible();
  }
  const cohorts = page.getByTestId("cohort-table");
  await expect(cohorts.locator("tbody tr")).toHaveCount(2);
  await expect(cohorts.locator("tbody tr").first()).toContainText("2020-11-02");
  await expect(cohorts.locator(".cohort-cell").first()).toHaveText("100%");
  await expect(page.getByTestId("report-achievements")).toBeVisible();

  // One line per day of the range after the header.
  const daily = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download daily-active-users.csv" }).click();
  const dailyCsv = await readFile((await (await daily).path())!, "utf8");
  const lines = dailyCsv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("day,active_users,partial");
  expect(lines.slice(1, -1)).toHaveLength(21);
  expect(lines[1]).toBe("2020-11-02,2,false");

  const achievements = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download achievements-unlocked.csv" }).click();
  const achievementsCsv = await readFile((await (await achievements).path())!, "utf8");
  expect(achievementsCsv).toContain(`,"${e2eAchievementName.replaceAll('"', '""')}",1\r\n`);
});

test("a range that ends before it starts is refused beside the field", async ({ page }) => {
  await signIn(page, e2eAnalyst);
  await page.goto("/reports");
  await showReports(page, { from: "2020-11-22", to: "2020-11-02" });
  await expect(page.getByRole("form", { name: "Analyst report filter" })).toContainText(
    "must not be before from",
  );
});
