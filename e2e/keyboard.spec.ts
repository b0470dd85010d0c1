import { expect, test } from "@playwright/test";
import { expectReadiness, signUp, skillGroup } from "./helpers";

test("the Skills page works with the keyboard alone", async ({ page }) => {
  await signUp(page);
  await page.reload();

  // Tab from the top of the page until focus reaches the first skill's levels.
  const first = skillGroup(page, "Internet & Networking Basics");
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    if (await first.getByRole("radio", { name: "None" }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first.getByRole("radio", { name: "None" })).toBeFocused();

  await page.keyboard.press("ArrowRight");
  await expect(first.getByRole("radio", { name: "Beginner" })).toBeChecked();
  await expect(first.getByRole("radio", { name: "Beginner" })).toBeFocused();
  await expect(page.getByRole("status")).toContainText("Saved Internet & Networking Basics: Beginner.");

  // Tab leaves the group for the skill's one "What the levels mean" button, then lands on the next
  // skill, as with native radios.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "What the levels mean: Internet & Networking Basics" })).toBeFocused();
  await page.keyboard.press("Tab");
  const linux = skillGroup(page, "Linux Basics");
  await expect(linux.getByRole("radio", { name: "None" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("status")).toContainText("Saved Linux Basics: Beginner.");
  await page.keyboard.press("ArrowRight");
  await expect(linux.getByRole("radio", { name: "Intermediate" })).toBeChecked();
  await expect(page.getByRole("status")).toContainText("Saved Linux Basics: Intermediate.");
  await page.keyboard.press("ArrowLeft");
  await expect(linux.getByRole("radio", { name: "Beginner" })).toBeChecked();
  await expect(page.getByRole("status")).toContainText("Saved Linux Basics: Beginner.");

  // Junior: 2 of 20 points = 10 %; Mid: 2 of 59 = 3 %; Senior: 2 of 102 = 1 %.
  await expectReadiness(page, { junior: 10, mid: 3, senior: 1 });
  await page.reload();
  await expect(first.getByRole("radio", { name: "Beginner" })).toBeChecked();
  await expect(linux.getByRole("radio", { name: "Beginner" })).toBeChecked();
  await expectReadiness(page, { junior: 10, mid: 3, senior: 1 });
});
