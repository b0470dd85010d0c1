import { expect, test } from "@playwright/test";
import { lockDatabase, lockTimeoutEnv, queryDbAt } from "./db";
import { PASSWORD, skillGroup, uniqueEmail } from "./helpers";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase } from "./shared-database";

// Its own server and database: holding the write lock must not stall the other tests.
test("a database locked longer than the busy timeout: a clear message, nothing half-written, then recovery", async ({ browser }) => {
  test.setTimeout(150_000);
  const database = await sharedDatabase("locked");
  const at = databaseAt(database);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, database.path, { ...database.env, ...lockTimeoutEnv(300) });
  const context = await browser.newContext({ baseURL: base });
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    await page.goto("/signup");
    await page.getByLabel("Email").fill(uniqueEmail("locked"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/skills$/);

    const lock = await lockDatabase(at);
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
      await lock.release();
    }

    expect(await queryDbAt(at, "select count(*) n from level_changes")).toEqual([{ n: 0 }]);
    expect(await queryDbAt(at, "select count(*) n from users where email like 'blocked-%'")).toEqual([{ n: 0 }]);

    // The app recovers by itself: the same change now saves.
    const git = skillGroup(page, "Git");
    await git.getByRole("radio", { name: "Expert" }).check();
    await expect(page.getByRole("status")).toContainText("Saved Git: Expert.");
    await page.reload();
    await expect(skillGroup(page, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
  } finally {
    await context.close();
    await stop(server, "SIGTERM");
    await database.drop();
  }
});
