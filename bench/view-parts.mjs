import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";
import { existsSync } from "node:fs";

const SETTLE_MS = 1_000;

/** The measured row that answers a GET of this path (and query), if any. */
export function rowForPath(path, search = "") {
  if (path === "/") return "static";
  if (path === "/dashboard") return "dashboard";
  if (path === "/skills") return "skills";
  if (path === "/api/me") return search === "" ? "me" : search === "?view=dashboard" ? "meDashboard" : null;
  if (/^\/u\/[^/]+\/badge\.svg$/.test(path)) return "badge";
  if (/^\/u\/[^/]+$/.test(path)) return "profile";
  return null;
}

/**
 * Sorts what one page load requested into its view (the document and the page's own data requests)
 * and the prefetches of other pages. Assets (scripts, styles, fonts, images) are the browser's
 * cache's business and left out.
 */
export function classifyRequests(pageKey, requests) {
  const view = { requests: [], prefetches: [] };
  for (const { method, url, resourceType, headers } of requests) {
    const { pathname, searchParams } = new URL(url);
    if (resourceType === "document") {
      view.requests.push({ row: pageKey, what: "document" });
      continue;
    }
    // A <link rel="preload" as="fetch"> may be reported as "other": a JSON read all the same.
    const isApi = pathname.startsWith("/api/");
    if (!isApi && !["fetch", "xhr", "eventsource", "websocket"].includes(resourceType)) continue;
    const rsc = headers.rsc === "1" || searchParams.has("_rsc");
    if (rsc && headers["next-router-prefetch"]) {
      // Next 16 prefetches a link with two requests: its route tree, then its data.
      view.prefetches.push({ path: pathname, row: rowForPath(pathname), tree: headers["next-router-segment-prefetch"] === "/_tree" });
      continue;
    }
    // The page's own data: measured only if a row answers it (else the view has no rate).
    const action = headers["next-action"] ? " (server action)" : rsc ? " (RSC)" : "";
    const search = isApi ? new URL(url).search : "";
    view.requests.push({ row: method === "GET" ? rowForPath(pathname, search) : null, what: `${method} ${pathname}${search}${action}` });
  }
  return view;
}

/**
 * Loads each page once in Chromium, as a visitor or with a signed-in cookie, and returns what its
 * view is made of (bench/views.mjs): `pages` is [{ key, path, cookie }].
 */
export async function discoverViewParts(baseUrl, pages) {
  const browser = await chromium.launch({ ...(existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_FLAGS });
  const parts = {};
  try {
    for (const { key, path, cookie } of pages) {
      const context = await browser.newContext();
      if (cookie) {
        const [name, ...value] = cookie.split("=");
        await context.addCookies([{ name, value: value.join("="), url: baseUrl }]);
      }
      const page = await context.newPage();
      const seen = [];
      page.on("request", (r) => {
        if (r.url().startsWith(baseUrl)) seen.push({ method: r.method(), url: r.url(), resourceType: r.resourceType(), headers: r.headers() });
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(SETTLE_MS);
      parts[key] = classifyRequests(key, seen);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return parts;
}
