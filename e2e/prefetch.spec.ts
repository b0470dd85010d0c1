import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// The prefetch policy (README, "Prefetch policy"): Next 16 prefetches a link with two RSC requests
// (its route tree, then its data): one prefetch. Only the Main navigation is prefetched; a view may
// prefetch each of its links at most once, and never one of the links users rarely follow.
const PREFETCHED_LINKS: readonly string[] = ["/skills", "/dashboard", "/notes", "/settings"];
const RARELY_FOLLOWED = ["/", "/login", "/signup"];

/** Every prefetch the page makes (RSC requests marked Next-Router-Prefetch), by target path. */
function recordPrefetches(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    const rsc = headers["rsc"] === "1" || new URL(request.url()).searchParams.has("_rsc");
    if (rsc && headers["next-router-prefetch"]) {
      const tree = headers["next-router-segment-prefetch"] === "/_tree";
      seen.push(`${new URL(request.url()).pathname}${tree ? " tree" : ""}`);
    }
  });
  return seen;
}

/** Loads a view, waits until the network is quiet, and points at every link on it (hover prefetches too). */
async function view(page: Page, path: string, seen: string[]): Promise<string[]> {
  // Only this view's own prefetches count. The previous document keeps running until the new one
  // commits: after a server action that sets a cookie (signing up) Next invalidates its prefetch
  // cache and waits 300 ms before prefetching the visible links again, so the page signUp left
  // could start its prefetches just after `goto` began and they were counted here (the route tree
  // of /notes "twice" from /skills). about:blank ends that document before the count starts.
  await page.goto("about:blank");
  seen.length = 0;
  await page.goto(path, { waitUntil: "networkidle" });
  const links = page.getByRole("link");
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute("href")) ?? "#";
    if (!href.startsWith("#") && (await link.isVisible())) await link.hover({ force: true });
  }
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  return [...seen];
}

function expectPolicy(path: string, prefetches: string[], { once = true } = {}) {
  const counts = new Map<string, { trees: number; requests: number }>();
  for (const entry of prefetches) {
    const [target, tree] = entry.split(" ");
    const count = counts.get(target!) ?? { trees: 0, requests: 0 };
    counts.set(target!, { trees: count.trees + (tree ? 1 : 0), requests: count.requests + 1 });
  }
  for (const [target, { trees, requests }] of counts) {
    // One prefetch: its route tree once, and its data once.
    if (once) {
      expect(trees, `${path}: ${target}'s route tree fetched ${trees} times`).toBeLessThanOrEqual(1);
      expect(requests, `${path}: ${target} prefetched with ${requests} requests`).toBeLessThanOrEqual(2);
    }
    expect(RARELY_FOLLOWED, `${path}: rarely followed ${target} prefetched`).not.toContain(target);
    expect(PREFETCHED_LINKS, `${path}: ${target} prefetched against the policy`).toContain(target);
  }
}

test.describe.configure({ timeout: 120_000 });

test("a visitor's views prefetch no link twice and no rarely followed link", async ({ page }) => {
  const seen = recordPrefetches(page);
  for (const path of ["/", "/login", "/signup", "/skills", "/dashboard", "/no-such-page"]) {
    expectPolicy(path, await view(page, path, seen));
  }
});

test("a signed-in user's views prefetch only the Main navigation, and navigation still works", async ({ page }) => {
  await signUp(page);
  const seen = recordPrefetches(page);
  for (const path of ["/skills", "/dashboard", "/notes", "/settings", "/"]) {
    expectPolicy(path, await view(page, path, seen), { once: false });
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

test("a signed-in user's views prefetch each Main navigation link at most once", async ({ page }) => {
  await signUp(page);
  const seen = recordPrefetches(page);
  for (const path of ["/skills", "/dashboard", "/notes", "/settings"]) {
    expectPolicy(path, await view(page, path, seen));
  }
});
