import { expect, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const PASSWORD = "correct horse battery staple";

/** Every alert/confirm/prompt the page opens (dismissed at once): a script that ran where none should. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

export function uniqueEmail(tag = "user"): string {
  return `${tag}-${randomUUID()}@example.com`;
}

export async function signUp(page: Page, opts: { email?: string; password?: string; name?: string } = {}) {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? PASSWORD;
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  if (opts.name) await page.getByLabel("Name").fill(opts.name);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/skills$/);
  // The Skills page is a cached shell: until its read answers, the board is a disabled placeholder
  // that takes no focus and no key. A test starts on the user's own board.
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "None", exact: true })).toBeEnabled();
  return { email, password };
}

export async function logIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** The same user signed in on a second device (its own browser context); close it when done. */
export async function logInElsewhere(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/$/);
}

export function skillGroup(page: Page, skill: string) {
  return page.getByRole("radiogroup", { name: skill, exact: true });
}

/** Sets a level on the Skills page and waits until the server has confirmed it. */
export async function setLevel(page: Page, skill: string, level: string) {
  await skillGroup(page, skill).getByRole("radio", { name: level, exact: true }).check();
  await expect(page.getByRole("status")).toContainText(`Saved ${skill}: ${level}.`);
}

export async function expectReadiness(page: Page, expected: { junior: number; mid: number; senior: number }) {
  await expect(page.getByRole("progressbar", { name: "Junior readiness" })).toHaveAttribute("aria-valuenow", String(expected.junior));
  await expect(page.getByRole("progressbar", { name: "Mid readiness" })).toHaveAttribute("aria-valuenow", String(expected.mid));
  await expect(page.getByRole("progressbar", { name: "Senior readiness" })).toHaveAttribute("aria-valuenow", String(expected.senior));
}

export function uniqueHandle(tag = "h"): string {
  return `${tag}-${randomUUID().slice(0, 8)}`;
}

/** Sets the handle and switches the public profile on; the switch saves at once. */
export async function makePublic(page: Page, handle: string) {
  await page.goto("/settings");
  await page.getByLabel("Handle").fill(handle);
  await page.getByRole("switch", { name: "Public profile" }).check();
  await expect(page.getByRole("status")).toHaveText(/Your profile is public/);
}
