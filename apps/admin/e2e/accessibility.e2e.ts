import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { e2eStaff } from "./seed-platform";
import { signIn } from "./sign-in";

test.use({ baseURL: process.env.E2E_ADMIN_URL });

/** The serious and critical WCAG 2 A/AA violations axe finds on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      where: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
}

test("the sign-in page has no serious or critical accessibility violation", async ({ page }) => {
  await page.goto("/login");
  await expect(page).toHaveTitle("Sign in · Momentum staff");
  expect(await seriousViolations(page)).toEqual([]);
});

test("every signed-in page has a title and no serious or critical accessibility violation", async ({
  page,
}) => {
  await signIn(page, e2eStaff);
  const pages = [
    { path: "/", title: "Overview", ready: page.getByRole("heading", { name: "Overview" }) },
    { path: "/users", title: "Users", ready: page.getByTestId("user-results") },
    { path: "/reports", title: "Reports", ready: page.getByRole("heading", { name: "Reports" }) },
    { path: "/staff", title: "Staff", ready: page.getByRole("heading", { name: "Staff accounts" }) },
    { path: "/audit", title: "Audit log", ready: page.getByTestId("audit-log") },
    {
      path: "/messages",
      title: "Parked messages",
      ready: page.getByRole("heading", { name: "Parked messages" }),
    },
  ];
  for (const { path, title, ready } of pages) {
    await page.goto(path);
    await expect(ready.first()).toBeVisible();
    await expect(page).toHaveTitle(`${title} · Momentum staff`);
    expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
  }

  // A user's page, reached from the directory.
  await page.goto("/users");
  await page.getByTestId("user-results").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Actions" })).toBeVisible();
  await expect(page).toHaveTitle("User · Momentum staff");
  expect(await seriousViolations(page)).toEqual([]);
});

test("every page fits a laptop and a tablet without sideways scrolling", async ({ page }) => {
  await signIn(page, e2eStaff);
  await page.goto("/users");
  await page.getByTestId("user-results").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Actions" })).toBeVisible();
  const userPage = new URL(page.url()).pathname;

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(viewport);
    for (const path of ["/", "/users", userPage, "/reports", "/staff", "/audit", "/messages"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      // Wide tables scroll inside their panel; the page itself never does.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, width: viewport.width, overflow }).toEqual({ path, width: viewport.width, overflow: 0 });
    }
  }
});
