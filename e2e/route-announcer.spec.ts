import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

// components/layout/route-announcer.tsx swaps Next's route announcer (role="alert", assertive) for
// a polite live region without a role, by creating the element Next looks up by name first. It
// relies on Next's private DOM: this test fails if an upgrade of Next stops reusing our element.
test("client navigations are still announced, politely, and role=alert only ever means an error", async ({ page }) => {
  await signUp(page);
  const announcer = page.locator("next-route-announcer");
  await expect(announcer).toHaveCount(1);
  const region = announcer.locator("#__next-route-announcer__");
  await expect(region).toHaveAttribute("aria-live", "polite");
  await expect(region).not.toHaveAttribute("role", /.+/);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  // The announcement is Next's own: the new page's title, in our region.
  await expect(region).toHaveText(/^Settings · Rungs$/);
  await expect(page.locator("next-route-announcer")).toHaveCount(1);

  await page.getByLabel("Type RESET to confirm").fill("nope");
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByRole("alert")).toHaveCount(1);
  await expect(page.getByRole("alert")).toContainText("Type RESET");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(region).toHaveText(/^Dashboard · Rungs$/);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
