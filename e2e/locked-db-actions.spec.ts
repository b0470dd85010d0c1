import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildExport } from "../lib/export-format";
import { PASSWORD, skillGroup, uniqueEmail, uniqueHandle } from "./helpers";
import { lockDatabase, lockTimeoutEnv, queryDbAt } from "./db";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase } from "./shared-database";
import { linkIn } from "./fixtures/smtp-sink";
import { sink, SUBJECTS } from "./mail";

const UNAVAILABLE = "Could not save, try again in a moment.";

async function expectUnavailable(page: Page) {
  await expect(page.getByRole("alert").filter({ hasText: "try again" })).toContainText(/Could not save.*try again/);
}

// Every server action and the password route handler, one after the other, while another process
// holds the write lock: each answers with the same message and writes nothing; read-only actions
// keep working. Its own server and database, so the lock stalls no other test.
test("a locked database: every action and route handler says so, writes nothing, reads still work", async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), "rungs-locked-all-"));
  const importFile = join(dir, "import.json");
  writeFileSync(importFile, JSON.stringify(buildExport({ levels: { git: 2 }, notes: {}, history: [] })));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const database = await sharedDatabase("locked_all");
  const at = databaseAt(database);
  const server = startServer(port, database.path, { ...database.env, ...lockTimeoutEnv(300) });
  const context = await browser.newContext({ baseURL: base });
  const email = uniqueEmail("lockall");
  const handle = uniqueHandle("lock");
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    await page.goto("/signup");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/skills$/);
    await page.goto("/settings");
    await page.getByLabel("Handle").fill(handle);
    await page.getByRole("switch", { name: "Public profile" }).check();
    await expect(page.getByRole("status")).toHaveText(/Your profile is public/);
    const counts = async () => {
      const n = async (sql: string) => (await queryDbAt<{ n: number }>(at, sql))[0]!.n;
      return {
        users: await n("select count(*) n from users"),
        sessions: await n("select count(*) n from sessions"),
        changes: await n("select count(*) n from level_changes"),
        notes: await n("select count(*) n from skill_notes"),
        named: await n("select count(*) n from users where name is not null"),
        throttle: await n("select count(*) n from auth_throttle"),
        tokens: await n("select count(*) n from auth_tokens"),
        emails: await n(`select count(*) n from users where email = '${email}'`),
      };
    };
    // Mail links to use under the lock: sign-up's verification, a reset and an email change.
    const verifyLink = linkIn(await sink.waitForMail({ to: email, subject: SUBJECTS.verify }), "/verify-email");
    const moved = uniqueEmail("lockall-moved");
    await page.goto("/settings");
    const changeEmail = page.getByRole("region", { name: "Change email" });
    await changeEmail.getByLabel("New email").fill(moved);
    await changeEmail.getByLabel("Your password").fill(PASSWORD);
    await changeEmail.getByRole("button", { name: "Change email" }).click();
    const confirmLink = linkIn(await sink.waitForMail({ to: moved, subject: SUBJECTS.confirmNew }), "/confirm-email");
    const resetter = await browser.newContext({ baseURL: base });
    const resetPage = await resetter.newPage();
    await resetPage.goto("/forgot-password");
    await resetPage.getByLabel("Email").fill(email);
    await resetPage.getByRole("button", { name: "Send reset link" }).click();
    const resetLink = linkIn(await sink.waitForMail({ to: email, subject: SUBJECTS.reset }), "/reset-password");
    const before = await counts();

    const lock = await lockDatabase(at);
    try {
      // setSkillLevelAction
      await page.goto("/skills");
      await skillGroup(page, "Git").getByRole("radio", { name: "Expert" }).click();
      await expect(page.getByRole("alert")).toContainText("Could not save Git");
      await expect(page.getByRole("alert")).toContainText("try again");

      // mergeGuestLevelsAction
      await page.evaluate(() => localStorage.setItem("rungs.guestLevels.v1", JSON.stringify({ git: 2 })));
      await page.goto("/dashboard");
      await page.getByRole("button", { name: "Merge levels" }).click();
      await expectUnavailable(page);
      await page.evaluate(() => localStorage.removeItem("rungs.guestLevels.v1"));

      // saveNoteAction
      await page.goto("/notes");
      await page.getByRole("button", { name: "Notes for Git", exact: true }).click();
      await page.getByLabel("Note", { exact: true }).fill("Rebased a branch today.");
      await page.getByRole("button", { name: "Save note" }).click();
      await expectUnavailable(page);

      // saveProfileAction
      await page.goto("/settings");
      await page.getByLabel("Name", { exact: true }).fill("Locked Out");
      await page.getByRole("button", { name: "Save profile" }).click();
      await expectUnavailable(page);

      // previewImportAction only reads: it still answers. applyImportAction writes.
      await page.goto("/settings");
      await page.getByLabel("Import file").setInputFiles(importFile);
      await expect(page.getByRole("list", { name: "Import changes" }).getByRole("listitem")).toHaveCount(1);
      await page.getByRole("button", { name: "Apply import" }).click();
      await expectUnavailable(page);

      // The password route handler
      await page.goto("/settings");
      await page.getByLabel("Current password").fill(PASSWORD);
      await page.getByLabel("New password").fill(`${PASSWORD} again`);
      await page.getByRole("button", { name: "Change password" }).click();
      await expectUnavailable(page);

      // resetProgressAction
      await page.goto("/settings");
      await page.getByLabel("Type RESET to confirm").fill("RESET");
      await page.getByRole("button", { name: "Reset progress" }).click();
      await expectUnavailable(page);

      // logOutEverywhereAction
      await page.goto("/settings");
      await page.getByRole("button", { name: "Sign out on all devices" }).click();
      await expectUnavailable(page);

      // deleteAccountAction
      await page.goto("/settings");
      await page.getByLabel("Confirm with your password").fill(PASSWORD);
      await page.getByRole("button", { name: "Delete account" }).click();
      await expectUnavailable(page);

      // resendVerificationAction
      await page.goto("/dashboard");
      await page.getByRole("button", { name: "Resend verification email" }).click();
      await expectUnavailable(page);

      // changeEmailAction
      await page.goto("/settings");
      await changeEmail.getByLabel("New email").fill(uniqueEmail("lockall-other"));
      await changeEmail.getByLabel("Your password").fill(PASSWORD);
      await changeEmail.getByRole("button", { name: "Change email" }).click();
      await expectUnavailable(page);

      // verifyEmailAction, confirmEmailChangeAction and resetPasswordAction: opening a link only reads
      await page.goto(verifyLink);
      await page.getByRole("button", { name: "Verify email address" }).click();
      await expectUnavailable(page);
      await page.goto(confirmLink);
      await page.getByRole("button", { name: "Confirm new email address" }).click();
      await expectUnavailable(page);
      await resetPage.goto(resetLink);
      await resetPage.getByLabel("New password", { exact: true }).fill(`${PASSWORD} reset`);
      await resetPage.getByLabel("Confirm new password").fill(`${PASSWORD} reset`);
      await resetPage.getByRole("button", { name: "Set new password" }).click();
      await expectUnavailable(resetPage);
      await resetter.close();

      // logOutAction
      await page.goto("/dashboard");
      await page.getByRole("button", { name: "Log out" }).click();
      await expectUnavailable(page);

      // logInAction and signUpAction, from a visitor without a session
      const visitor = await browser.newContext({ baseURL: base });
      const other = await visitor.newPage();
      await other.goto("/login");
      await other.getByLabel("Email").fill(email);
      await other.getByLabel("Password").fill(PASSWORD);
      await other.getByRole("button", { name: "Log in" }).click();
      await expect(other.getByRole("alert")).toHaveText(`⚠ ${UNAVAILABLE}`);
      await other.goto("/signup");
      await other.getByLabel("Email").fill(uniqueEmail("lockall-new"));
      await other.getByLabel("Password").fill(PASSWORD);
      await other.getByRole("button", { name: "Create account" }).click();
      await expect(other.getByRole("alert")).toHaveText(`⚠ ${UNAVAILABLE}`);
      // forgotPasswordAction
      await other.goto("/forgot-password");
      await other.getByLabel("Email").fill(email);
      await other.getByRole("button", { name: "Send reset link" }).click();
      await expect(other.getByRole("alert")).toHaveText(`⚠ ${UNAVAILABLE}`);
      await visitor.close();

      // Still signed in and every page still renders: reads do not need the write lock.
      await page.goto("/settings");
      await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
      const json = await page.request.get(`/api/u/${handle}`);
      expect(json.status()).toBe(200);
    } finally {
      await lock.release();
    }

    expect(await counts()).toEqual(before);

    // Recovery: the same account saves again once the lock is gone.
    await page.goto("/skills");
    await skillGroup(page, "Git").getByRole("radio", { name: "Expert" }).check();
    await expect(page.getByRole("status")).toContainText("Saved Git: Expert.");
  } finally {
    await context.close();
    await stop(server, "SIGTERM");
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
