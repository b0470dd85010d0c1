import { expect, test } from "@playwright/test";
import { logIn, logOut, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("sign up with a name lands signed in on the Skills page", async ({ page }) => {
  await signUp(page, { email: `  ${uniqueEmail("Mixed").toUpperCase()}  `, name: "Ada Lovelace" });
  await expect(page.getByRole("heading", { name: "Your skills" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skills" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});

test("the email is stored trimmed and lower-cased", async ({ page }) => {
  const email = uniqueEmail("case");
  await signUp(page, { email: `  ${email.toUpperCase()} ` });
  await logOut(page);
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a wrong password and an unknown email give the same message", async ({ page }) => {
  const { email } = await signUp(page);
  await logOut(page);

  await logIn(page, email, "wrong password!");
  await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await logIn(page, uniqueEmail("nobody"), PASSWORD);
  await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
});

test("signing up with a taken email says so and creates nothing", async ({ page }) => {
  const { email } = await signUp(page);
  await logOut(page);

  await page.goto("/signup");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill("another password 123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toHaveText(/already exists/);
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByLabel("Password")).toHaveValue("");

  // The first account is untouched: the second password does not open it.
  await logIn(page, email, "another password 123");
  await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign-up validation errors are shown and the password is not echoed back", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Password")).toHaveValue("");
  expect(await page.content()).not.toContain('value="short"');
});

test("a password is checked exactly as typed", async ({ page }) => {
  const password = "  Spaces Count  ";
  const { email } = await signUp(page, { password });
  await logOut(page);
  await logIn(page, email, password.trim());
  await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
});
