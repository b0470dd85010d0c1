import { expect, test, type Page } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { queryDb, userIdByEmail } from "./db";
import { setLevel, signUp } from "./helpers";

const DAY_MS = 24 * 60 * 60 * 1000;

/** "YYYY-MM-DD" `days` UTC days from today, as the server counts them. */
function dayFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY_MS).toISOString().slice(0, 10);
}

function spelled(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

async function setGoal(page: Page, tier: string, day: string, button = "Set goal") {
  const goal = page.getByRole("region", { name: "Goal and pace" });
  await goal.getByLabel("Target tier").selectOption({ label: tier });
  await goal.getByLabel("Target date").fill(day);
  await goal.getByRole("button", { name: button }).click();
}

test("a goal gives points left, the weekly pace needed, the last four weeks' pace, and on track or behind in words", async ({ page }) => {
  const { email } = await signUp(page);
  // Junior: 3 of 20 points, so 17 left; all 3 gained in the last four weeks (0.75 a week).
  await setLevel(page, "Python Fundamentals", "Intermediate");
  await setLevel(page, "Git", "Beginner");
  await page.getByRole("link", { name: "Dashboard" }).click();
  const goal = page.getByRole("region", { name: "Goal and pace" });
  await expect(goal).toContainText("Pick a tier and a date");

  // 70 days: 17 × 7 / 70 = 1.7 a week needed; 0.75 × 10 weeks = 7.5 projected, so 9.5 → 10 behind.
  const near = dayFromToday(70);
  await setGoal(page, "Junior", near);
  await expect(page.getByRole("status")).toContainText(`Goal saved: Junior by ${near}.`);
  await expect(goal).toContainText(
    `Behind by 10 points: 17 points left for Junior by ${spelled(near)} means 1.7 points a week, and the last four weeks averaged 0.75 points a week.`,
  );
  const pace = goal.getByRole("definition");
  await expect(pace).toHaveText([`Junior by ${near}`, "17 of 20", "1.7 points", "0.75 points a week (3 in all)"]);
  // The map opens on the goal's tier.
  await expect(page.getByRole("radiogroup", { name: "Map tier" }).getByRole("radio", { name: "Junior" })).toBeChecked();

  // 200 days: 17 × 7 / 200 = 0.595 → 0.6 a week, and 0.75 a week keeps it.
  const far = dayFromToday(200);
  await setGoal(page, "Junior", far, "Update goal");
  await expect(goal).toContainText(
    `On track: 17 points left for Junior by ${spelled(far)} means 0.6 points a week, and the last four weeks averaged 0.75 points a week.`,
  );
  await page.reload();
  await expect(goal).toContainText("On track: 17 points left for Junior");
  await expect(page.getByRole("radiogroup", { name: "Map tier" }).getByRole("radio", { name: "Junior" })).toBeChecked();

  await setGoal(page, "Senior", far, "Update goal");
  await expect(goal).toContainText("Behind by");
  await expect(page.getByRole("radiogroup", { name: "Map tier" }).getByRole("radio", { name: "Senior" })).toBeChecked();
  const userId = await userIdByEmail(email);
  expect(await queryDb("select goal_tier, goal_date from users where id = ?", userId)).toEqual([{ goal_tier: "senior", goal_date: far }]);

  await goal.getByRole("button", { name: "Clear goal" }).click();
  await expect(page.getByRole("status")).toContainText("Goal cleared.");
  await expect(goal).toContainText("Pick a tier and a date");
  expect(await queryDb("select goal_tier, goal_date from users where id = ?", userId)).toEqual([{ goal_tier: null, goal_date: null }]);
});

test("a past or malformed date is refused with a message, and nothing is saved", async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await setGoal(page, "Mid", dayFromToday(-1));
  await expect(page.getByRole("alert")).toContainText("Pick a target date from today on.");
  await page.getByRole("region", { name: "Goal and pace" }).getByLabel("Target date").fill("");
  await page.getByRole("region", { name: "Goal and pace" }).getByRole("button", { name: "Set goal" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a real date as YYYY-MM-DD.");
  // Today is allowed: everything left is due now.
  const today = dayFromToday(0);
  await setGoal(page, "Mid", today);
  await expect(page.getByRole("region", { name: "Goal and pace" })).toContainText(`Behind by 59 points: the target date, ${spelled(today)}, is today`);
  expect(await queryDb("select goal_tier from users where id = ?", await userIdByEmail(email))).toEqual([{ goal_tier: "mid" }]);
});

test("the goal goes into the export and comes back with an import; a file without one keeps the learner's", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Dashboard" }).click();
  const day = dayFromToday(90);
  await setGoal(page, "Mid", day);
  await expect(page.getByRole("status")).toContainText(`Goal saved: Mid by ${day}.`);

  await page.getByRole("link", { name: "Settings" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  const file = join(tmpdir(), `rungs-goal-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.goal).toEqual({ tier: "mid", targetDate: day });

  await page.getByRole("link", { name: "Dashboard" }).click();
  const goal = page.getByRole("region", { name: "Goal and pace" });
  await goal.getByRole("button", { name: "Clear goal" }).click();
  await expect(page.getByRole("status")).toContainText("Goal cleared.");

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Import file").setInputFiles(file);
  await expect(page.getByText(/^Goal: none/)).toContainText(`Mid by ${day}`);
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status")).toContainText(`Goal: Mid by ${day}.`);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(goal.getByRole("definition").first()).toHaveText(`Mid by ${day}`);

  // An export made before goals existed: levels come in, the goal stays.
  const older = { ...exported, levels: { ...exported.levels, git: 2 } };
  delete older.goal;
  writeFileSync(file, JSON.stringify(older));
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Import file").setInputFiles(file);
  await expect(page.getByRole("list", { name: "Import changes" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText(/^Goal:/)).toHaveCount(0);
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status")).toContainText("Import applied: 1 level changed");
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(goal.getByRole("definition").first()).toHaveText(`Mid by ${day}`);
});
