import { expect, test } from "@playwright/test";
import { logOut, signUp } from "./helpers";

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

test("signed-out visitors are sent from Settings to log in, then back where they were going", async ({ page, browser }) => {
  const { email, password } = await signUp(page);
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto("/settings");
  await expect(fresh).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
  await fresh.getByLabel("Email").fill(email);
  await fresh.getByLabel("Password").fill(password);
  await fresh.getByRole("button", { name: "Log in" }).click();
  await expect(fresh).toHaveURL(/\/settings$/);
  await context.close();
});

test("a redirect target on another origin is ignored after login", async ({ page }) => {
  const { email, password } = await signUp(page);
  await logOut(page);
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard$/);
});
