import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("the landing page says what Rungs is and links to sign up and log in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Junior, a Mid-level and a\s+Senior job/)).toBeVisible();
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/signup$/);
  await page.goto("/");
  await page.getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("signed-out visitors are sent to log in, then back where they were going", async ({ page, browser }) => {
  const { email, password } = await signUp(page);
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto("/dashboard");
  await expect(fresh).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  await fresh.goto("/skills");
  await expect(fresh).toHaveURL(/\/login\?callbackUrl=%2Fskills$/);
  await fresh.getByLabel("Email").fill(email);
  await fresh.getByLabel("Password").fill(password);
  await fresh.getByRole("button", { name: "Log in" }).click();
  await expect(fresh).toHaveURL(/\/skills$/);
  await context.close();
});

test("a redirect target on another origin is ignored after login", async ({ page }) => {
  const { email, password } = await signUp(page);
  await page.getByRole("button", { name: "Log out" }).click();
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard$/);
});
