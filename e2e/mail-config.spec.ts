import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { freePort, startServer, stop, waitUntilUp, type Server } from "./own-server";
import { sharedDatabase } from "./shared-database";

// How the server treats mail in production, each on its own server: no SMTP_URL and no EMAIL
// (refuses to start), EMAIL=log (a fresh clone: every mail and its link in the server log), and
// EMAIL=off (the pages say email is not configured here). Empty values, not unset ones, so a
// developer's .env.local cannot fill them in.
const NO_SMTP = { SMTP_URL: "", EMAIL_FROM: "" };

async function withServer(env: Record<string, string>, body: (base: string, server: Server) => Promise<void>) {
  const database = await sharedDatabase("mailcfg");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, database.path, { ...database.env, ...NO_SMTP, ...env });
  try {
    await body(base, server);
  } finally {
    await stop(server, "SIGTERM");
    await database.drop();
  }
}

test("in production without SMTP_URL the server refuses to start, unless EMAIL=log or EMAIL=off", async () => {
  await withServer({ EMAIL: "" }, async (_base, server) => {
    const code = await Promise.race([server.exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 60_000))]);
    expect(code).not.toBe("timeout");
    expect(code).not.toBe(0);
    expect(server.output.join("")).toContain("Rungs refuses to start: SMTP_URL is not set");
  });
});

test("EMAIL=log: the server says so at start, and the reset link is printed to its log", async ({ browser }) => {
  test.setTimeout(120_000);
  await withServer({ EMAIL: "log" }, async (base, server) => {
    await waitUntilUp(base, server);
    expect(server.output.join("")).toContain("Rungs: mail goes to the server log (EMAIL=log)");
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    const { email } = await signUp(page, { email: uniqueEmail("logged") });
    await page.getByRole("button", { name: "Log out" }).click();
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account exists for that address");
    await expect.poll(() => server.output.join(""), { timeout: 15_000 }).toContain("Subject: Reset your Rungs password");
    const link = /(http:\/\/\S+\/reset-password\?token=[\w-]{43})/.exec(server.output.join(""))?.[1];
    expect(link?.startsWith(`${base}/`)).toBe(true);
    await page.goto(link!);
    await expect(page.getByRole("button", { name: "Set new password" })).toBeVisible();
    await context.close();
  });
});

test("EMAIL=off: forgot password, the verification notice and Change email say email is not configured here", async ({ browser }) => {
  test.setTimeout(120_000);
  await withServer({ EMAIL: "off" }, async (base, server) => {
    await waitUntilUp(base, server);
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await signUp(page, { email: uniqueEmail("mailoff") });
    await expect(page.getByText("Email is not configured here.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Resend verification email" })).toHaveCount(0);
    await page.goto("/settings");
    await expect(page.getByRole("region", { name: "Change email" })).toContainText("Email is not configured here.");
    await page.getByRole("button", { name: "Log out" }).click();
    await page.goto("/forgot-password");
    await expect(page.getByText("Email is not configured here.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send reset link" })).toHaveCount(0);
    await context.close();
  });
});
