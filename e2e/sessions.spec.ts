import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logIn, logInElsewhere, logOut, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("log out ends the session for real: a replayed cookie no longer works", async ({ page, browser }) => {
  await signUp(page);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "authjs.session-token");
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  await logOut(page);

  const thief = await browser.newContext();
  await thief.addCookies([session!]);
  const t = await thief.newPage();
  await t.goto("/settings");
  await expect(t).toHaveURL(/\/login/);
  await t.goto("/skills");
  await expect(t.getByText("Guest mode")).toBeVisible();
  await thief.close();
});

test("sign out on all devices ends every session of the user", async ({ page, browser }) => {
  const { email, password } = await signUp(page);
  const { context: other, page: o } = await logInElsewhere(browser, email, password);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await o.goto("/settings");
  await expect(o).toHaveURL(/\/login/);
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await other.close();
});

test("a tampered, truncated or garbage session cookie is treated as signed out", async ({ page, browser, baseURL }) => {
  await signUp(page);
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;
  const variants = [
    session.value.slice(0, -5),
    session.value.slice(0, 20),
    `${session.value.slice(0, 30)}A${session.value.slice(31)}`,
    "garbage",
    "",
  ];
  for (const value of variants) {
    const context = await browser.newContext();
    await context.addCookies([{ name: "authjs.session-token", value: value || "x", url: baseURL! }]);
    const p = await context.newPage();
    const response = await p.goto("/dashboard");
    expect(response?.status()).toBe(200);
    await expect(p.getByText("Guest mode")).toBeVisible();
    const settings = await p.goto("/settings");
    expect(settings?.status()).toBe(200);
    await expect(p).toHaveURL(/\/login/);
    await context.close();
  }
});

test("log in is throttled per account, with a message that says when to retry", async ({ page }) => {
  const { email } = await signUp(page);
  await logOut(page);
  for (let i = 0; i < 5; i++) {
    await logIn(page, email, `wrong password ${i}`);
    await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  }
  // Locked now, even with the right password; another account is not affected.
  await logIn(page, email, PASSWORD);
  await expect(page.getByRole("alert")).toHaveText(/Too many attempts\. Please try again in \d+ (seconds|minutes?)\./);
  const other = await signUp(page, { email: uniqueEmail("unaffected") });
  await logOut(page);
  await logIn(page, other.email, other.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("without AUTH_SECRET in production the server refuses to start", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rungs-nosecret-"));
  // Empty rather than unset, so a developer's .env.local cannot fill it in.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_PATH: join(dir, "x.db"), AUTH_SECRET: "" };
  const child = spawn("npx", ["next", "start", "-p", "3197"], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain("AUTH_SECRET is not set");
});
