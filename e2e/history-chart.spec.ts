import { expect, test } from "@playwright/test";
import { execDbAt, suiteDatabase, userIdByEmail } from "./db";
import { setLevel, signUp } from "./helpers";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Moves a skill's one logged change back in time, in the log and in its day (level_days), as if it
 * had been made then (test data only: ids are our own UUIDs and slugs).
 */
async function moveChange(userId: string, skillId: string, at: Date) {
  const db = suiteDatabase();
  const value = db.dialect === "postgres" ? `to_timestamp(${at.getTime()} / 1000.0)` : String(at.getTime());
  const where = `where user_id = '${userId}' and skill_id = '${skillId}'`;
  await execDbAt(db, `update level_changes set changed_at = ${value} ${where}`);
  const day = Math.floor(at.getTime() / DAY_MS);
  await execDbAt(db, `update level_days set day = ${day}, first_changed_at = ${value}, last_changed_at = ${value} ${where}`);
}

test("a history spanning months is plotted weekly: one point per week, the last recorded day of it", async ({ page }) => {
  const { email } = await signUp(page);
  await setLevel(page, "Git", "Beginner");
  await setLevel(page, "Linux Basics", "Beginner");
  await setLevel(page, "Docker", "Beginner");
  const userId = await userIdByEmail(email);
  // A Monday about fifteen weeks back, and the Wednesday of the same week.
  const today = new Date();
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const weekday = (new Date(todayUtc).getUTCDay() + 6) % 7;
  const monday = new Date(todayUtc - (weekday + 15 * 7) * DAY_MS + 12 * 60 * 60 * 1000);
  const wednesday = new Date(monday.getTime() + 2 * DAY_MS);
  await moveChange(userId, "git", monday);
  await moveChange(userId, "linux-basics", wednesday);

  await page.getByRole("link", { name: "Dashboard" }).click();
  const rows = page.getByRole("table", { name: "Readiness over time" }).getByRole("row");
  // Header, that week (its Wednesday, with both changes), and today: Monday is folded into its week.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole("rowheader")).toHaveText(wednesday.toISOString().slice(0, 10));
  // Junior: 2 of 20 points = 10 %, then 3 = 15 %.
  await expect(rows.nth(1).getByRole("cell").first()).toHaveText("10%");
  await expect(rows.nth(2).getByRole("cell").first()).toHaveText("15%");
  await expect(page.getByText("One point per week: the last recorded day of each week.")).toBeVisible();
});
