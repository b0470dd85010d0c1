import { expect, test, type Page } from "@playwright/test";
import { uniqueHandle } from "./helpers";

// An unknown path is answered with the site's own 404 page (app/not-found.tsx) prerendered at build
// time and stamped with the request's nonce by proxy.ts: status 404, one policy, every script allowed
// by that policy, and the page's scripts run. A dynamic route's unknown value (/u/<unknown>) is still
// the route's own 404, from the profile page.

function nonceOf(policy: string): string {
  const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce!;
}

function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to|hydrat/i.test(m.text())) seen.push(m.text());
  });
  page.on("pageerror", (e) => seen.push(e.message));
  return seen;
}

test("an unknown path answers 404 with the site's page, a fresh nonce on every script, and no cache", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/no-such-page-here", "/skills/extra", "/u/a/b/c", "/a/b/c/d/e.html"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const policies = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(policies, path).toHaveLength(1);
    const nonce = nonceOf(policies[0]!.value);
    nonces.add(nonce);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain("Page not found");
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => attributes ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, "a new nonce for every response").toBe(4);
  // HEAD gets the same answer without a body.
  const head = await request.head("/no-such-page-here");
  expect(head.status()).toBe(404);
});

test("the 404 page's scripts run under its policy: nothing blocked, the theme toggle and links work", async ({ page }) => {
  const seen = problems(page);
  const response = await page.goto("/no-such-page-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(async () => {
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  // Client-side navigation out of the 404 page.
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Climb the back-end roadmap");
  expect(seen).toEqual([]);
});

test("a client-side navigation to an unknown path shows the 404 page", async ({ page }) => {
  const seen = problems(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
  await page.evaluate(() => {
    const link = document.createElement("a");
    link.href = "/no-such-page-by-link";
    link.textContent = "Broken link";
    document.querySelector("main")!.append(link);
  });
  await page.getByRole("link", { name: "Broken link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveURL(/\/no-such-page-by-link$/);
  expect(seen).toEqual([]);
});

test("a dynamic route's unknown value is still that route's 404, with the cached pages' hash policy", async ({ page, request }) => {
  const handle = uniqueHandle("nobody");
  const response = await request.get(`/u/${handle}`);
  expect(response.status()).toBe(404);
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self' 'sha256-");
  expect(policy).not.toContain("nonce-");
  expect(await response.text()).toContain("Page not found");

  const seen = problems(page);
  expect((await page.goto(`/u/${handle}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(async () => {
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  expect(seen).toEqual([]);
});
