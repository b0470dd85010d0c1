import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logOut, signUp, uniqueEmail } from "./helpers";
import { freePort, startServer, stop, waitUntilUp, type Server } from "./own-server";

// Its own server, to read what it prints: a failed log-in is expected, so at most one short line,
// with neither the email nor the password tried; the default was a 12-line stack for each.

const TRIED = "Wr0ng-pa55word-zebra-quokka-7731";

function linesSince(server: Server, mark: number): string[] {
  return server.output.join("").slice(mark).split("\n").filter((line) => line.trim() !== "");
}

/** Submits the log-in form and waits for the server action's answer, not only for the alert. */
async function failLogIn(page: Page, email: string, password: string): Promise<string> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
  await page.getByRole("button", { name: "Log in" }).click();
  await answered;
  await expect(page.getByRole("alert")).toBeVisible();
  return (await page.getByRole("alert").textContent()) ?? "";
}

test("failed log-ins print at most one short line each, never the email or the password", async ({ browser }) => {
  test.setTimeout(150_000);
  const dir = mkdtempSync(join(tmpdir(), "rungs-logs-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, join(dir, "logs.db"));
  const context = await browser.newContext({ baseURL: base });
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    const { email } = await signUp(page, { email: uniqueEmail("quiet-logs") });
    await logOut(page);
    await page.goto("/login");
    // Let start-up and first-render notices settle before measuring.
    await page.waitForTimeout(500);
    const start = server.output.join("").length;

    const attempts: [string, string][] = [
      ["wrong password", email],
      ["unknown account", uniqueEmail("nobody")],
    ];
    // Then the same account until the throttle refuses without checking the password.
    for (let i = 0; i < 8; i++) attempts.push(["repeated wrong password", email]);

    let throttled = false;
    for (const [what, tried] of attempts) {
      const mark = server.output.join("").length;
      const alert = await failLogIn(page, tried, TRIED);
      if (/Too many attempts/.test(alert)) throttled = true;
      else expect(alert, what).toMatch(/Invalid email or password/);
      await page.waitForTimeout(200);
      const added = linesSince(server, mark);
      expect(added.length, `${what}: ${JSON.stringify(added)}`).toBeLessThanOrEqual(1);
    }
    expect(throttled, "the throttle answered at some point").toBe(true);

    const all = linesSince(server, start);
    expect(all.length).toBeLessThanOrEqual(attempts.length);
    for (const line of all) {
      expect(line).not.toContain(TRIED);
      expect(line.toLowerCase()).not.toContain(email.toLowerCase());
      expect(line).not.toContain("@example.com");
      expect(line).not.toMatch(/^\s+at /);
      expect(line.length).toBeLessThan(120);
    }
    // Nowhere in the whole output either, sign-up included.
    expect(server.output.join("")).not.toContain(TRIED);
    expect(server.output.join("").toLowerCase()).not.toContain(email.toLowerCase());
  } finally {
    await context.close();
    await stop(server, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
});
