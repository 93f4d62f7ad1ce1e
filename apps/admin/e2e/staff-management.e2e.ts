import { expect, test } from "@playwright/test";
import { e2eStaff } from "./seed-platform";
import { signIn } from "./sign-in";

test.use({ baseURL: process.env.E2E_ADMIN_URL });

test("an admin adds a staff member with a generated password and changes their role", async ({ page }) => {
  await signIn(page, e2eStaff);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { name: "Staff", exact: true })).toBeVisible();

  const email = `sam.${Date.now()}@momentum.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Full name").fill("Sam Support");
  await page.getByLabel("Role", { exact: true }).selectOption("support");
  await page.getByRole("button", { name: "Add staff member" }).click();

  await expect(page.getByTestId("generated-password")).toHaveText(/^[a-z2-7]{24}$/);
  const row = page.getByTestId(`staff-row-${email}`);
  await expect(row.getByLabel("Role of Sam Support")).toHaveValue("support");

  await row.getByLabel("Role of Sam Support").selectOption("analyst");
  await expect(row.getByLabel("Role of Sam Support")).toHaveValue("analyst");
  await page.reload();
  await expect(page.getByTestId(`staff-row-${email}`).getByLabel("Role of Sam Support")).toHaveValue(
    "analyst",
  );

  // Deactivation asks first; the audit log then shows the changes with who made them.
  await page.getByTestId(`staff-row-${email}`).getByRole("button", { name: "Deactivate" }).click();
  await page
    .getByRole("group", { name: /Deactivate Sam Support/ })
    .getByRole("button", { name: "Deactivate" })
    .click();
  await expect(page.getByTestId(`staff-row-${email}`)).toContainText("Deactivated");

  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByTestId("audit-log");
  await expect(log.locator("tbody tr").first()).toContainText("staff.deactivate_account");
  await expect(log).toContainText("staff.change_role");
  await expect(log).toContainText(e2eStaff.email);
});
