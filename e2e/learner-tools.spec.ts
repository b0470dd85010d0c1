import { expect, test } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { queryDb, userIdByEmail } from "./db";
import { expectReadiness, logIn, logInElsewhere, makePublic, setLevel, signUp, skillGroup, uniqueHandle } from "./helpers";

test("Learn next ranks the upgrades that raise the next tier most", async ({ page }) => {
  await signUp(page);
  await setLevel(page, "Linux Basics", "Beginner");
  await page.getByRole("link", { name: "Dashboard" }).click();
  const items = page.getByRole("list", { name: "Learn next" }).getByRole("listitem");
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText("Python Fundamentals");
  await expect(items.nth(0)).toContainText("reach Intermediate");
  await expect(items.nth(0)).toContainText("+10% Junior");
  await expect(items.nth(1)).toContainText("Internet & Networking Basics");
  await expect(items.nth(1)).toContainText("+5% Junior");
  await expect(page.getByRole("list", { name: "Learn next" })).not.toContainText("Linux Basics");
});

test("history shows readiness over time as a chart and a table", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByText("Set a level on the Skills page and your progress will show here.")).toBeVisible();
  await page.getByRole("link", { name: "Skills" }).click();
  await setLevel(page, "Python Fundamentals", "Intermediate");
  await setLevel(page, "Git", "Beginner");
  await page.getByRole("link", { name: "Dashboard" }).click();
  const table = page.getByRole("table", { name: "Readiness over time" });
  await expect(table).toBeVisible();
  const rows = table.getByRole("row");
  // Header and today: no invented 0 % day before the first change.
  await expect(rows).toHaveCount(2);
  // Junior 3/20 = 15 %, Mid 3/59 = 5 %, Senior 3/102 = 2 %.
  await expect(rows.nth(1).getByRole("cell")).toHaveText(["15%", "5%", "2%"]);
  await expect(page.getByText("One day of history so far")).toBeVisible();
});

test("notes and evidence links: validated, private by default, shown on the profile when switched on", async ({ page, browser }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Notes" }).click();
  await page.getByRole("button", { name: "Notes for Git", exact: true }).click();
  await page.getByLabel("Note", { exact: true }).fill("Rebased <b>a lot</b> at work");
  await page.getByLabel("Evidence links").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("alert")).toContainText("http:// or https://");
  await page.getByLabel("Evidence links").fill("https://github.com/example/repo\nhttp://blog.example/post");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("status")).toContainText("Saved note for Git.");

  const handle = uniqueHandle("notes");
  await makePublic(page, handle);
  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  await v.goto(`/u/${handle}`);
  await expect(v.getByText("Rebased <b>a lot</b> at work")).toHaveCount(0);

  await page.goto("/notes");
  await page.getByRole("button", { name: "Notes for Git", exact: true }).click();
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue("Rebased <b>a lot</b> at work");
  await page.getByLabel("Show on public profile").check();
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("status")).toContainText("Saved note for Git.");

  await v.goto(`/u/${handle}`);
  await expect(v.getByText("Rebased <b>a lot</b> at work")).toBeVisible();
  const link = v.getByRole("list", { name: "Evidence for Git" }).getByRole("link", { name: "https://github.com/example/repo" });
  await expect(link).toHaveAttribute("rel", "nofollow noopener noreferrer ugc");
  await expect(link).toHaveAttribute("href", "https://github.com/example/repo");
  await visitor.close();
});

test("export, reset, import restores the same readiness; a malformed file changes nothing", async ({ page }) => {
  const { email } = await signUp(page);
  await setLevel(page, "Python Fundamentals", "Expert");
  await setLevel(page, "Docker", "Intermediate");
  await setLevel(page, "Kubernetes", "Beginner");
  // Junior 3/20 = 15 %, Mid 6/59 = 10 %, Senior 6/102 = 5 %.
  const expected = { junior: 15, mid: 10, senior: 5 };
  await expectReadiness(page, expected);

  await page.getByRole("link", { name: "Settings" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rungs-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(tmpdir(), `rungs-export-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported).toMatchObject({ format: "rungs-progress", formatVersion: 1, roadmapVersion: 1 });
  expect(exported.levels["python-fundamentals"]).toBe(3);
  expect(exported.history).toHaveLength(3);

  await page.getByLabel("Type RESET to confirm").fill("reset");
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByRole("alert")).toContainText("Type RESET");
  await page.getByLabel("Type RESET to confirm").fill("RESET");
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByRole("status")).toContainText("Progress reset");
  const userId = await userIdByEmail(email);
  expect(await queryDb("select count(*) n from level_changes where user_id = ?", userId)).toEqual([{ n: 6 }]);

  const bad = join(tmpdir(), `rungs-bad-${Date.now()}.json`);
  writeFileSync(bad, JSON.stringify({ ...exported, levels: { git: 9 } }));
  await page.getByLabel("Import file").setInputFiles(bad);
  await expect(page.getByRole("alert")).toContainText("levels.git");
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);

  writeFileSync(file, JSON.stringify({ ...exported, levels: { ...exported.levels, "cobol-basics": 2 } }));
  await page.getByLabel("Import file").setInputFiles(file);
  const changes = page.getByRole("list", { name: "Import changes" }).getByRole("listitem");
  await expect(changes).toHaveCount(3);
  await expect(changes.filter({ hasText: "Python Fundamentals" })).toContainText(/None.*Expert/);
  await expect(page.getByText("Skipped, not in this roadmap: cobol-basics")).toBeVisible();
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status")).toContainText("Import applied: 3 levels changed");
  expect(await queryDb("select count(*) n from level_changes where user_id = ?", userId)).toEqual([{ n: 9 }]);

  await page.getByRole("link", { name: "Dashboard" }).click();
  await expectReadiness(page, expected);
});

test("delete account needs the password, removes everything, and the profile is gone at once", async ({ page, request }) => {
  const { email, password } = await signUp(page);
  await setLevel(page, "Git", "Expert");
  const handle = uniqueHandle("gone");
  await makePublic(page, handle);
  expect((await request.get(`/u/${handle}`)).status()).toBe(200);
  const userId = await userIdByEmail(email);

  await page.getByLabel("Confirm with your password").fill("not my password");
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page.getByRole("alert")).toContainText("not correct");
  expect(await queryDb("select count(*) n from users where id = ?", userId)).toEqual([{ n: 1 }]);

  await page.getByLabel("Confirm with your password").fill(password);
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/(\?deleted=1)?$/);
  expect((await request.get(`/u/${handle}`)).status()).toBe(404);
  expect((await request.get(`/api/u/${handle}`)).status()).toBe(404);
  for (const table of ["users", "skill_levels", "level_changes", "level_days", "skill_notes"]) {
    const column = table === "users" ? "id" : "user_id";
    expect(await queryDb(`select count(*) n from ${table} where ${column} = ?`, userId)).toEqual([{ n: 0 }]);
  }
  await logIn(page, email, password);
  await expect(page.getByRole("alert")).toContainText("Invalid email or password");
});

test("changing the password signs out every other session", async ({ page, browser }) => {
  const { email, password } = await signUp(page);
  const { context: other, page: o } = await logInElsewhere(browser, email, password);

  await page.goto("/settings");
  await page.getByLabel("Current password").fill("wrong password");
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert")).toContainText("current password is not correct");
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Password changed");

  // This session goes on; the other one is signed out.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings$/);
  await o.goto("/settings");
  await expect(o).toHaveURL(/\/login/);
  await o.goto("/skills");
  await expect(o.getByRole("button", { name: "Log out" })).toHaveCount(0);
  await logIn(o, email, password);
  await expect(o.getByRole("alert")).toContainText("Invalid email or password");
  await logIn(o, email, "a brand new password");
  await expect(o).toHaveURL(/\/dashboard$/);
  await other.close();
});

test("guest mode: levels in the browser, dashboard numbers, merged on sign-up (higher level wins)", async ({ page }) => {
  await page.goto("/skills");
  await expect(page.getByText("Guest mode")).toBeVisible();
  await setLevel(page, "Python Fundamentals", "Intermediate");
  await setLevel(page, "Git", "Expert");
  await expectReadiness(page, { junior: 15, mid: 6, senior: 4 });
  await page.reload();
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expectReadiness(page, { junior: 15, mid: 6, senior: 4 });

  const { email } = await signUp(page);
  await expect(page.getByRole("heading", { name: "Levels from this browser" })).toBeVisible();
  await page.getByRole("button", { name: "Merge levels" }).click();
  await expect(page.getByRole("status")).toContainText("Merged 2 levels");
  await expect(page.getByRole("heading", { name: "Levels from this browser" })).toHaveCount(0);
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
  await expectReadiness(page, { junior: 15, mid: 6, senior: 4 });
  expect(await page.evaluate(() => localStorage.getItem("rungs.guestLevels.v1"))).toBeNull();
  expect(await queryDb("select count(*) n from level_changes where user_id = ?", await userIdByEmail(email))).toEqual([{ n: 2 }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Levels from this browser" })).toHaveCount(0);
});

test("guest merge keeps the account's higher level", async ({ page, browser }) => {
  const { email, password } = await signUp(page);
  await setLevel(page, "Git", "Expert");
  const guest = await browser.newContext();
  const g = await guest.newPage();
  await g.goto("/skills");
  await setLevel(g, "Git", "Beginner");
  await setLevel(g, "Docker", "Beginner");
  await logIn(g, email, password);
  await g.getByRole("button", { name: "Merge levels" }).click();
  await expect(g.getByRole("status")).toContainText("Merged 1 level");
  await g.goto("/skills");
  await expect(skillGroup(g, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
  await expect(skillGroup(g, "Docker").getByRole("radio", { name: "Beginner" })).toBeChecked();
  await guest.close();
});

test("dark mode follows the system and the toggle remembers the choice", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(lightBg).not.toBe(darkBg);
  await page.reload();
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "false");
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await context.close();
});

test("keyboard shortcuts 0–3 set the focused skill, listed in a help dialog", async ({ page }) => {
  await signUp(page);
  const docker = skillGroup(page, "Docker");
  await docker.getByRole("radio", { name: "None" }).focus();
  await page.keyboard.press("3");
  await expect(docker.getByRole("radio", { name: "Expert" })).toBeChecked();
  await expect(docker.getByRole("radio", { name: "Expert" })).toBeFocused();
  await expect(page.getByRole("status")).toContainText("Saved Docker: Expert.");
  await page.keyboard.press("1");
  await expect(page.getByRole("status")).toContainText("Saved Docker: Beginner.");
  await page.reload();
  await expect(skillGroup(page, "Docker").getByRole("radio", { name: "Beginner" })).toBeChecked();

  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Set the focused skill to None, Beginner, Intermediate or Expert");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.keyboard.press("?");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("works on a 375 px wide phone without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page);
  await setLevel(page, "Git", "Beginner");
  for (const path of ["/skills", "/dashboard", "/settings", "/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
