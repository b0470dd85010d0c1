import { expect, test } from "@playwright/test";
import { SKILLS } from "../lib/roadmap";
import { LEVEL_NAMES } from "../lib/levels";
import { expectReadiness, logIn, logOut, setLevel, signUp, skillGroup } from "./helpers";

// Hand-computed from roadmap.md's rule (floor of 100 × points / total):
//   Python Fundamentals Expert (J 2/2, M 3/3, S 3/3), Linux Basics Beginner (1/1, 1/2, 1/3),
//   Kubernetes Intermediate (not Junior, M 1/1, S 2/3), Git Intermediate (1/1, 2/2, 2/3).
//   Junior 4/20 = 20 %, Mid 7/59 = 11.9 % → 11, Senior 8/102 = 7.8 % → 7.
const KNOWN = [
  ["Python Fundamentals", "Expert"],
  ["Linux Basics", "Beginner"],
  ["Kubernetes", "Intermediate"],
  ["Git", "Intermediate"],
] as const;
const EXPECTED = { junior: 20, mid: 11, senior: 7 };

test("levels drive readiness live, on the Dashboard, after a reload and after logging in again", async ({ page }) => {
  const { email, password } = await signUp(page);
  await expectReadiness(page, { junior: 0, mid: 0, senior: 0 });

  for (const [skill, level] of KNOWN) await setLevel(page, skill, level);
  // The Skills page's live summary comes back from the server action.
  await expectReadiness(page, EXPECTED);

  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectReadiness(page, EXPECTED);
  await expect(page.getByRole("progressbar", { name: "Junior readiness" })).toContainText("20%");

  // The skill map is the first view; each tier's gaps are one click away.
  for (const gaps of ["Junior gaps (16)", "Mid gaps (", "Senior gaps (33)"]) await page.getByText(gaps).click();
  const juniorGaps = page.getByRole("list", { name: "Junior gaps" });
  await expect(juniorGaps.getByRole("listitem")).toHaveCount(16);
  await expect(juniorGaps.getByRole("listitem").filter({ hasText: "Docker" })).toContainText(/None.*Beginner/);
  await expect(juniorGaps.getByRole("listitem").filter({ hasText: "Python Fundamentals" })).toHaveCount(0);
  const midGaps = page.getByRole("list", { name: "Mid gaps" });
  await expect(midGaps.getByRole("listitem").filter({ hasText: "Linux Basics" })).toContainText(/Beginner.*Intermediate/);
  await expect(page.getByRole("list", { name: "Senior gaps" }).getByRole("listitem")).toHaveCount(33);

  await page.reload();
  await expectReadiness(page, EXPECTED);

  await page.getByRole("link", { name: "Skills" }).click();
  for (const [skill, level] of KNOWN) {
    await expect(skillGroup(page, skill).getByRole("radio", { name: level, exact: true })).toBeChecked();
  }

  await logOut(page);
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectReadiness(page, EXPECTED);
});

test("a tier whose every requirement is met shows Ready and no gaps", async ({ page }) => {
  await signUp(page);
  for (const skill of SKILLS) {
    if (skill.required.junior > 0) await setLevel(page, skill.name, LEVEL_NAMES[skill.required.junior]);
  }
  await page.getByRole("link", { name: "Dashboard" }).click();
  const junior = page.getByRole("progressbar", { name: "Junior readiness" });
  await expect(junior).toHaveAttribute("aria-valuenow", "100");
  await expect(junior).toContainText("100%");
  await expect(junior).toContainText("Ready");
  await page.getByText("Junior gaps (0)").click();
  await expect(page.getByRole("list", { name: "Junior gaps" }).getByRole("listitem")).toHaveCount(0);
  const mid = page.getByRole("progressbar", { name: "Mid readiness" });
  await expect(mid).not.toContainText("Ready");
  // 20 of Mid's 59 points: the Junior levels, capped at what Mid asks.
  await expect(mid).toHaveAttribute("aria-valuenow", "33");
});

test("the Skills page lists all 34 skills in 14 categories with each tier's requirement", async ({ page }) => {
  await signUp(page);
  await expect(page.getByRole("radiogroup")).toHaveCount(34);
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(14);
  const k8s = skillGroup(page, "Kubernetes");
  await expect(k8s).toContainText("Junior: not required");
  await expect(k8s).toContainText("Mid: Beginner");
  await expect(k8s).toContainText("Senior: Expert");
  for (const name of ["None", "Beginner", "Intermediate", "Expert"]) {
    await expect(k8s.getByRole("radio", { name, exact: true })).toBeVisible();
  }
  await expect(k8s.getByRole("radio", { name: "None" })).toBeChecked();
});
