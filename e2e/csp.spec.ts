import { createHash } from "node:crypto";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { makePublic, signUp, uniqueHandle } from "./helpers";

// Pages rendered per request carry a fresh nonce; cached pages (landing, public profiles) carry the
// hashes of their own inline scripts. Either way: exactly one policy, and no inline script runs
// unless that policy names it.

type Policy = Map<string, string[]>;

function policyOf(response: APIResponse): Policy {
  const headers = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(headers, "exactly one Content-Security-Policy header").toHaveLength(1);
  const policy: Policy = new Map(
    headers[0]!.value.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]),
  );
  const scriptSrc = policy.get("script-src") ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  const h = response.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  return policy;
}

function scriptsOf(html: string): { attributes: string; text: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) => ({
    attributes: attributes ?? "",
    text: text ?? "",
  }));
}

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Every script is allowed by this response's nonce, or (inline) by its hash in the policy. */
async function expectNoncePage(response: APIResponse) {
  const policy = policyOf(response);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  const scriptSrc = policy.get("script-src")!;
  const nonce = scriptSrc.map((v) => /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(v)?.[1]).find(Boolean);
  expect(nonce).toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");
  const scripts = scriptsOf(await response.text());
  expect(scripts.length).toBeGreaterThan(0);
  for (const { attributes, text } of scripts) {
    if (!attributes.includes(`nonce="${nonce}"`)) expect(scriptSrc).toContain(hashOf(text));
  }
}

/** No nonce (the HTML is shared); each inline script's hash is listed, files come from this origin. */
async function expectHashPage(response: APIResponse) {
  const policy = policyOf(response);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  const scriptSrc = policy.get("script-src")!;
  expect(scriptSrc.some((v) => v.startsWith("'nonce-"))).toBe(false);
  expect(scriptSrc).not.toContain("'strict-dynamic'");
  expect(scriptSrc).toContain("'self'");
  const scripts = scriptsOf(await response.text());
  expect(scripts.length).toBeGreaterThan(0);
  for (const { attributes, text } of scripts) {
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) expect(src).toMatch(/^\/_next\//);
    else expect(scriptSrc).toContain(hashOf(text));
  }
}

test.describe("security headers on every kind of response", () => {
  test("pages rendered per request: Settings, log in, a 404", async ({ request }) => {
    for (const path of ["/settings", "/login", "/no-such-page-here", "/u/a/b/c"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      await expectNoncePage(response);
    }
  });

  test("cached pages: the landing page, the Skills and Dashboard shells, a public profile, a private or unknown one", async ({ page, request }) => {
    await signUp(page);
    const handle = uniqueHandle("csp");
    await makePublic(page, handle);
    // Requests only after the sign-up: a keep-alive socket left idle meanwhile can be reset.
    await expectHashPage(await request.get("/"));
    await expectHashPage(await request.get("/"));
    await expectHashPage(await request.get("/skills"));
    await expectHashPage(await request.get("/dashboard"));
    // First view renders and stores the page; the second is served from the cache.
    for (let i = 0; i < 2; i++) {
      const profile = await request.get(`/u/${handle}`);
      expect(profile.status()).toBe(200);
      expect(profile.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
      await expectHashPage(profile);
    }
    const unknown = await request.get(`/u/${uniqueHandle("nobody")}`);
    expect(unknown.status()).toBe(404);
    await expectHashPage(unknown);
  });

  test("assets, images and JSON: a policy under which nothing can run", async ({ request }) => {
    const home = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(home)![0];
    for (const path of [asset, "/api/u/x", "/api/me", "/u/x/badge.svg", "/icon.svg"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      const policy = policyOf(response);
      expect(policy.get("default-src"), path).toEqual(["'none'"]);
      expect(policy.has("script-src"), path).toBe(false);
    }
  });
});

/** Collects what the browser reports about blocked scripts and page errors. */
function violations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  page.on("pageerror", (e) => seen.push(e.message));
  return seen;
}

/** The theme switch is only ever pressed after React has hydrated, so it proves the scripts ran. */
async function expectHydrated(page: Page) {
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(async () => {
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

test("cached and per-request pages run their scripts in the browser with nothing blocked", async ({ page, browser }) => {
  await signUp(page);
  const handle = uniqueHandle("run");
  await makePublic(page, handle);
  const signedIn = violations(page);
  await page.goto("/skills");
  await expectHydrated(page);

  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  const seen = violations(v);
  for (const path of ["/", `/u/${handle}`, `/u/${handle}`, "/no-such-page-here"]) {
    await v.goto(path);
    await expectHydrated(v);
  }
  // Client-side navigation from a cached page into the app and back.
  await v.goto("/");
  await v.getByRole("link", { name: "Log in" }).click();
  await expect(v.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(v).toHaveURL(/\/login$/);
  expect(seen).toEqual([]);
  expect(signedIn).toEqual([]);
  await visitor.close();
});
