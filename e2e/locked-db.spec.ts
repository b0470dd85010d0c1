import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PASSWORD, skillGroup, uniqueEmail } from "./helpers";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";

// Its own server and database: holding the write lock must not stall the other tests.
test("a database locked longer than the busy timeout: a clear message, nothing half-written, then recovery", async ({ browser }) => {
  test.setTimeout(150_000);
  const dir = mkdtempSync(join(tmpdir(), "rungs-locked-"));
  const databasePath = join(dir, "locked.db");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, databasePath, { SQLITE_BUSY_TIMEOUT_MS: "300" });
  const context = await browser.newContext({ baseURL: base });
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    await page.goto("/signup");
    await page.getByLabel("Email").fill(uniqueEmail("locked"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/skills$/);

    const blocker = new Database(databasePath);
    blocker.exec("BEGIN IMMEDIATE");
    try {
      const git = skillGroup(page, "Git");
      await git.getByRole("radio", { name: "Expert" }).click();
      await expect(page.getByRole("alert")).toContainText("Could not save Git");
      await expect(page.getByRole("alert")).toContainText("try again");
      await expect(git.getByRole("radio", { name: "None" })).toBeChecked();

      // A visitor with no session (a signed-in one would be sent on from /signup).
      const visitor = await browser.newContext({ baseURL: base });
      const signup = await visitor.newPage();
      await signup.goto("/signup");
      await signup.getByLabel("Email").fill(uniqueEmail("blocked"));
      await signup.getByLabel("Password").fill(PASSWORD);
      await signup.getByRole("button", { name: "Create account" }).click();
      await expect(signup.getByRole("alert")).toHaveText(/Could not save, try again/);
      await visitor.close();
    } finally {
      blocker.exec("ROLLBACK");
      blocker.close();
    }

    const check = new Database(databasePath, { readonly: true });
    expect(check.prepare("select count(*) n from level_changes").get()).toEqual({ n: 0 });
    expect(check.prepare("select count(*) n from users where email like 'blocked-%'").get()).toEqual({ n: 0 });
    check.close();

    // The app recovers by itself: the same change now saves.
    const git = skillGroup(page, "Git");
    await git.getByRole("radio", { name: "Expert" }).check();
    await expect(page.getByRole("status")).toContainText("Saved Git: Expert.");
    await page.reload();
    await expect(skillGroup(page, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
  } finally {
    await context.close();
    await stop(server, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
});
