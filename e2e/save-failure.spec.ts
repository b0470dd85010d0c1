import { expect, test } from "@playwright/test";
import { expectReadiness, setLevel, signUp, skillGroup } from "./helpers";

test("when saving fails the level rolls back and an alert says so", async ({ page }) => {
  await signUp(page);
  await setLevel(page, "Docker", "Beginner");

  // Server actions are POSTs to the page itself: make the next one fail on the network.
  await page.route("**/skills", (route) => (route.request().method() === "POST" ? route.abort("failed") : route.continue()));
  const docker = skillGroup(page, "Docker");
  // click, not check: the radio goes back at once, which check() would take for a failed click.
  await docker.getByRole("radio", { name: "Expert", exact: true }).click();

  await expect(page.getByRole("alert")).toContainText("Could not save Docker");
  await expect(docker.getByRole("radio", { name: "Beginner", exact: true })).toBeChecked();
  await expectReadiness(page, { junior: 5, mid: 1, senior: 0 });

  await page.unroute("**/skills");
  await page.reload();
  await expect(docker.getByRole("radio", { name: "Beginner", exact: true })).toBeChecked();
});

test("a refused save (signed out meanwhile) rolls back with the server's reason", async ({ page, context }) => {
  await signUp(page);
  await context.clearCookies();
  const docker = skillGroup(page, "Docker");
  await docker.getByRole("radio", { name: "Intermediate", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("You are signed out");
  await expect(docker.getByRole("radio", { name: "None", exact: true })).toBeChecked();
});
