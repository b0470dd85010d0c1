import { expect, test } from "@playwright/test";
import { SKILLS } from "../lib/roadmap";
import { docLinks, firstDocLink, statementsAddedAt } from "../lib/rubrics";
import { setLevel, signUp, skillGroup } from "./helpers";

test("every skill has one 'What the levels mean' control, usable by keyboard, one Tab stop each", async ({ page }) => {
  await signUp(page);
  await expect(page.getByRole("button", { name: /^What the levels mean: / })).toHaveCount(34);
  for (const skill of SKILLS) {
    await expect(page.getByRole("button", { name: `What the levels mean: ${skill.name}`, exact: true })).toHaveCount(1);
  }

  const docker = page.getByRole("button", { name: "What the levels mean: Docker", exact: true });
  await expect(docker).toContainText("What the levels mean");
  await expect(docker).not.toContainText("Docker");
  await expect(docker).toHaveAttribute("aria-expanded", "false");
  await skillGroup(page, "Docker").getByRole("radio", { name: "None" }).focus();
  await page.keyboard.press("Tab");
  await expect(docker).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(docker).toHaveAttribute("aria-expanded", "true");
  for (const level of [1, 2, 3] as const) {
    for (const statement of statementsAddedAt("docker", level)) await expect(page.getByText(statement, { exact: true })).toBeVisible();
  }
  await expect(page.getByText("Intermediate: adds to Beginner")).toBeVisible();
  await expect(page.getByText("Expert: adds to Intermediate")).toBeVisible();
  const docs = page.getByRole("list", { name: "Documentation for Docker" }).getByRole("link");
  await expect(docs).toHaveCount(docLinks("docker").length);
  await expect(docs.first()).toHaveAttribute("href", firstDocLink("docker")!.url);
  await expect(docs.first()).toHaveText(firstDocLink("docker")!.title);

  // Space closes it; with it closed, Tab goes straight to the next skill (no stop per statement).
  await page.keyboard.press("Space");
  await expect(docker).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText(statementsAddedAt("docker", 1)[0]!, { exact: true })).toBeHidden();
  await page.keyboard.press("Tab");
  const k8sNone = skillGroup(page, "Kubernetes").getByRole("radio", { name: "None" });
  await expect(k8sNone).toBeFocused();

  // R on a skill's levels opens its rubric and focuses the control; the level does not change.
  await page.keyboard.press("r");
  const k8s = page.getByRole("button", { name: "What the levels mean: Kubernetes", exact: true });
  await expect(k8s).toBeFocused();
  await expect(k8s).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(statementsAddedAt("kubernetes", 2)[0]!, { exact: true })).toBeVisible();
  await expect(k8sNone).toBeChecked();
  await page.keyboard.press("R");
  await expect(k8s).toHaveAttribute("aria-expanded", "false");

  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toContainText("Show or hide what the levels of the focused skill mean");
  await page.keyboard.press("Escape");
});

test("the guest Skills page has the same rubric controls", async ({ page }) => {
  await page.goto("/skills");
  await expect(page.getByText("Guest mode")).toBeVisible();
  const git = page.getByRole("button", { name: "What the levels mean: Git", exact: true });
  await git.click();
  await expect(page.getByText(statementsAddedAt("git", 1)[0]!, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^What the levels mean: / })).toHaveCount(34);
});

test("Learn next says what the next level asks and links the first documentation", async ({ page }) => {
  await signUp(page);
  await setLevel(page, "Git", "Beginner");
  await page.getByRole("link", { name: "Dashboard" }).click();
  // Python Fundamentals, None → Intermediate, is the biggest Junior upgrade: both levels it climbs.
  const first = page.getByRole("list", { name: "Learn next" }).getByRole("listitem").first();
  await expect(first).toContainText("Python Fundamentals: reach Intermediate");
  await expect(first).toContainText("Beginner asks:");
  await expect(first).toContainText("Intermediate asks, on top of Beginner:");
  for (const level of [1, 2] as const) {
    for (const statement of statementsAddedAt("python-fundamentals", level)) await expect(first).toContainText(statement);
  }
  await expect(first).not.toContainText(statementsAddedAt("python-fundamentals", 3)[0]!);
  const doc = firstDocLink("python-fundamentals")!;
  await expect(first.getByRole("link", { name: doc.title })).toHaveAttribute("href", doc.url);
});
