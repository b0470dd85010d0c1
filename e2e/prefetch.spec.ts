import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// The prefetch policy (README, "Prefetch policy"): Next 16 prefetches a link in view with two RSC
// requests (its route tree, then its data). Every page a Rungs link leads to is rendered per request
// except the landing page, so such a prefetch brings only the shared layout, never the page, and the
// click still waits for one request for the page: no link is prefetched. A view may prefetch a link
// at most once, and never one of the links users rarely follow.
const PREFETCHED_LINKS: readonly string[] = [];
const RARELY_FOLLOWED = ["/", "/login", "/signup", "/notes", "/settings"];

/** Every prefetch the page makes (RSC requests marked Next-Router-Prefetch), by target path. */
function recordPrefetches(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    const rsc = headers["rsc"] === "1" || new URL(request.url()).searchParams.has("_rsc");
    if (rsc && headers["next-router-prefetch"]) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** Loads a view, waits until the network is quiet, and points at every link on it (hover prefetches too). */
async function view(page: Page, path: string, seen: string[]): Promise<string[]> {
  seen.length = 0;
  await page.goto(path, { waitUntil: "networkidle" });
  const links = page.getByRole("link");
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    if (await link.isVisible()) await link.hover();
  }
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  return [...seen];
}

function expectPolicy(path: string, prefetches: string[]) {
  const counts = new Map<string, number>();
  for (const target of prefetches) counts.set(target, (counts.get(target) ?? 0) + 1);
  for (const [target, count] of counts) {
    expect(count, `${path}: ${target} prefetched ${count} times`).toBeLessThanOrEqual(1);
    expect(RARELY_FOLLOWED, `${path}: rarely followed ${target} prefetched`).not.toContain(target);
    expect(PREFETCHED_LINKS, `${path}: ${target} prefetched against the policy`).toContain(target);
  }
}

test("a visitor's views prefetch no link twice and no rarely followed link", async ({ page }) => {
  const seen = recordPrefetches(page);
  for (const path of ["/", "/login", "/signup", "/skills", "/dashboard", "/no-such-page"]) {
    expectPolicy(path, await view(page, path, seen));
  }
});

test("a signed-in user's views prefetch no link twice and no rarely followed link, and navigation still works", async ({ page }) => {
  await signUp(page);
  const seen = recordPrefetches(page);
  for (const path of ["/skills", "/dashboard", "/notes", "/settings", "/"]) {
    expectPolicy(path, await view(page, path, seen));
  }
  // Links still navigate on the client, without a full page load.
  await page.goto("/skills");
  await page.evaluate(() => ((window as unknown as { rungsMarker: boolean }).rungsMarker = true));
  const main = page.getByRole("navigation", { name: "Main" });
  await main.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(main.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await main.getByRole("link", { name: "Skills" }).click();
  await expect(page).toHaveURL(/\/skills$/);
  expect(await page.evaluate(() => (window as unknown as { rungsMarker?: boolean }).rungsMarker)).toBe(true);
});
