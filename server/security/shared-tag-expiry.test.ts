import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { createTestDatabase } from "@/db/test-db";
import { expireTagsNow, getTagExpiries, recordTagExpiries } from "@/db/queries/tag-expiry";
import { installTagExpiryStore, TAG_EXPIRY_STORE_KEY, uninstallTagExpiryStore } from "../tag-expiry-store";
import { NextRequest } from "next/server";
import CspCacheHandler, { PROFILE_PAGES, profilePathOf, TAG_EXPIRY_STORE } from "./cache-handler.mjs";
import { isFresh, PROFILE_PAGES_KEY, servedProfile } from "./served-profile";

// The cache handler against a real database (both dialects): an expiry written by "another process"
// is one that reaches the table without going through this process's tags manifest.

const PAGE_CTX = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
let n = 0;

function handler() {
  return new CspCacheHandler({ fs: undefined, dev: false, flushToDisk: false, serverDistDir: "/nonexistent", maxMemoryCacheSize: 10_000_000, revalidatedTags: [] });
}

/** A cached profile page under a fresh handle, as Next stores it. */
async function cachedPage(cache: CspCacheHandler) {
  const handle = `ada-${process.pid}-${++n}`;
  const tags = [`profile:${handle}`, `_N_T_/u/${handle}`, "_N_T_/layout"];
  const key = `/u/${handle}`;
  await cache.set(key, { kind: "APP_PAGE", html: "<p>x</p>", rscData: undefined, headers: { "x-next-cache-tags": tags.join(",") }, status: 200 }, PAGE_CTX);
  return { key, tags, get: () => cache.get(key, { kind: "APP_PAGE", isFallback: false }) };
}

// Expiry marks are compared to the millisecond: let the clock move past the entry's time.
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());
afterEach(() => installTagExpiryStore());

describe("shared tag expiry (cache-handler.mjs with the database store)", () => {
  it("uses the key instrumentation.ts installs the store under", () => {
    expect(TAG_EXPIRY_STORE).toBe(TAG_EXPIRY_STORE_KEY);
  });

  it("a page expired by another process is a miss here on the very next read; a re-render is kept again", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await cachedPage(cache);
    expect((await page.get())?.value).toMatchObject({ kind: "APP_PAGE" });
    await tick();
    await expireTagsNow([page.tags[0]!]);
    await tick();
    expect(await page.get()).toBeNull();
    // Next re-renders and stores the page again: newer than the expiry, so it is served.
    const again = await cachedPage(cache);
    expect(await again.get()).not.toBeNull();
    expect(tagsManifest.get(page.tags[0]!)?.expired).toEqual(expect.any(Number));
  });

  it("data (unstable_cache) is checked against its explicit and its implicit (soft) tags", async () => {
    installTagExpiryStore();
    const cache = handler();
    const handle = `bob-${process.pid}-${++n}`;
    const ctx = { kind: "FETCH", tags: [`profile:${handle}`], softTags: [`_N_T_/api/u/${handle}`, "_N_T_/layout"] };
    const data = { kind: "FETCH", data: { headers: {}, body: "{}", status: 200 }, revalidate: false, tags: ctx.tags };
    await cache.set(`data-${handle}`, data, { fetchCache: true, tags: ctx.tags });
    expect(await cache.get(`data-${handle}`, ctx)).not.toBeNull();
    await tick();
    await expireTagsNow([ctx.softTags[0]!]);
    await tick();
    expect(await cache.get(`data-${handle}`, ctx)).toBeNull();
  });

  it("an expiry of an unrelated tag, or one older than the entry, changes nothing", async () => {
    installTagExpiryStore();
    const cache = handler();
    const before = Date.now() - 60_000;
    const page = await cachedPage(cache);
    await recordTagExpiries([{ tag: page.tags[0]!, stale: before, expired: before }]);
    await expireTagsNow(["profile:someone-else"]);
    await tick();
    expect(await page.get()).not.toBeNull();
  });

  it("a stale-only mark is left to Next (served once more while re-rendering), with the mark in its manifest", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await cachedPage(cache);
    await tick();
    const stale = Date.now();
    await recordTagExpiries([{ tag: page.tags[0]!, stale }]);
    expect(await page.get()).not.toBeNull();
    expect(tagsManifest.get(page.tags[0]!)?.stale).toBe(stale);
  });

  it("revalidateTag here writes the marks for every process, as Next computed them", async () => {
    installTagExpiryStore();
    const cache = handler();
    const tag = `profile:cy-${process.pid}-${++n}`;
    const start = Date.now();
    await cache.revalidateTag([tag], { expire: 0 });
    const [row] = await getTagExpiries([tag]);
    expect(row).toEqual({ tag, stale: tagsManifest.get(tag)?.stale, expired: tagsManifest.get(tag)?.expired });
    expect(row?.expired).toBeGreaterThanOrEqual(start);
    // Without durations Next sets only `expired`; the stored stale mark stays.
    await tick();
    await cache.revalidateTag(tag);
    const [after] = await getTagExpiries([tag]);
    expect(after?.stale).toBe(row?.stale);
    expect(after?.expired).toBeGreaterThan(row!.expired!);
  });

  it("a newer mark of this process is not overwritten by an older one read from the database", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await cachedPage(cache);
    await tick();
    tagsManifest.set(page.tags[0]!, { expired: Date.now() });
    await recordTagExpiries([{ tag: page.tags[0]!, expired: Date.now() - 60_000 }]);
    await tick();
    expect(await page.get()).toBeNull();
  });

  it("fails closed: when the expiry cannot be read, a cached entry is a miss (it re-renders)", async () => {
    const cache = handler();
    const page = await cachedPage(cache);
    (globalThis as Record<symbol, unknown>)[TAG_EXPIRY_STORE_KEY] = {
      read: () => Promise.reject(new Error("database is locked")),
      write: () => Promise.resolve(),
    };
    expect(await page.get()).toBeNull();
  });

  it("without a store (next build, dev tools) the cache works on its own, as Next's", async () => {
    uninstallTagExpiryStore();
    const cache = handler();
    const page = await cachedPage(cache);
    await tick();
    await expireTagsNow([page.tags[0]!]);
    expect(await page.get()).not.toBeNull();
    await cache.revalidateTag(page.tags[1]!, { expire: 0 });
    await tick();
    expect(await page.get()).toBeNull();
  });
});

// Public profiles proxy.ts serves from the bytes the handler kept (cache-handler.mjs point 3):
// kept only from a valid hit, and given out only while every process's marks still allow it.
describe("kept profile pages (proxy.ts serves them)", () => {
  const ROUTE = "/route-cache/APP_PAGE/88fea51723149de7edf9a2de9fcd63e96018f2b046b760219be2bb2668041527/$";
  const HTML = "<html><body><p>Ada’s profile</p><script>self.__next_f.push([1])</script></body></html>";

  async function keptPage(cache: CspCacheHandler) {
    const handle = `kept-${process.pid}-${++n}`;
    const pathname = `/u/${handle}`;
    const key = `${ROUTE}${pathname}`;
    const tags = [`profile:${handle}`, `_N_T_/u/${handle}`, "_N_T_/layout"];
    const store = () =>
      cache.set(key, { kind: "APP_PAGE", html: HTML, rscData: undefined, headers: { "x-next-cache-tags": tags.join(",") }, status: 200 }, PAGE_CTX);
    await store();
    return { pathname, tags, store, get: () => cache.get(key, { kind: "APP_PAGE", isFallback: false }) };
  }
  const serve = (pathname: string, init?: ConstructorParameters<typeof NextRequest>[1]) => servedProfile(new NextRequest(`http://localhost${pathname}`, init));

  it("uses the key served-profile.ts reads, and knows a profile's cache key", () => {
    expect(PROFILE_PAGES).toBe(PROFILE_PAGES_KEY);
    expect(profilePathOf(`${ROUTE}/u/ada`)).toBe("/u/ada");
    for (const key of [`${ROUTE}/index`, `${ROUTE}/u/ada/badge.svg`, "/u/ada", "data-ada", `${ROUTE}/u/`]) expect(profilePathOf(key)).toBeNull();
  });

  it("keeps a page from its first valid hit, with Next's bytes, ETag and policy, and answers a matching ETag with 304", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await keptPage(cache);
    // Just stored: not kept yet (Next answers the render itself).
    expect(await serve(page.pathname)).toBeNull();
    const entry = await page.get();
    const response = await serve(page.pathname);
    expect(response?.status).toBe(200);
    expect(await response?.text()).toBe(HTML);
    expect(response?.headers.get("content-security-policy")).toBe(entry?.value?.headers?.["content-security-policy"]);
    expect(response?.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response?.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(response?.headers.get("x-nextjs-cache")).toBe("HIT");
    const etag = response?.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    expect((await serve(page.pathname, { headers: { "if-none-match": etag } }))?.status).toBe(304);
    expect((await serve(page.pathname, { headers: { "if-none-match": `"other", W/${etag}` } }))?.status).toBe(304);
    expect((await serve(page.pathname, { headers: { "if-none-match": etag, "cache-control": "no-cache" } }))?.status).toBe(200);
    expect(await (await serve(page.pathname, { method: "HEAD" }))?.text()).toBe("");
  });

  it("leaves Next's own requests and anything with a query to Next", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await keptPage(cache);
    await page.get();
    expect(await serve(page.pathname)).not.toBeNull();
    expect(await serve(`${page.pathname}?x=1`)).toBeNull();
    expect(await serve(`${page.pathname}/badge.svg`)).toBeNull();
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"]) {
      expect(await serve(page.pathname, { headers: { [name]: "1" } })).toBeNull();
    }
    expect(await serve(page.pathname, { method: "POST" })).toBeNull();
    expect(await serve(page.pathname, { headers: { cookie: "__prerender_bypass=x" } })).toBeNull();
  });

  it("another process's expiry, or a stale mark, ends it on the very next request", async () => {
    installTagExpiryStore();
    const cache = handler();
    const expired = await keptPage(cache);
    const stale = await keptPage(cache);
    await expired.get();
    await stale.get();
    await tick();
    await expireTagsNow([expired.tags[0]!]);
    await recordTagExpiries([{ tag: stale.tags[0]!, stale: Date.now() }]);
    await tick();
    expect(await serve(expired.pathname)).toBeNull();
    expect(await serve(stale.pathname)).toBeNull();
    // And stays forgotten: a later request still goes to Next.
    expect(await serve(expired.pathname)).toBeNull();
  });

  it("a page stored again (a re-render) replaces what was kept only once Next serves it as a hit", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await keptPage(cache);
    await page.get();
    expect(await serve(page.pathname)).not.toBeNull();
    await page.store();
    expect(await serve(page.pathname)).toBeNull();
    await page.get();
    expect(await serve(page.pathname)).not.toBeNull();
  });

  it("fails closed: when the expiry cannot be read, nothing is served from what was kept", async () => {
    installTagExpiryStore();
    const cache = handler();
    const page = await keptPage(cache);
    await page.get();
    (globalThis as Record<symbol, unknown>)[TAG_EXPIRY_STORE_KEY] = {
      read: () => Promise.reject(new Error("database is locked")),
      write: () => Promise.resolve(),
    };
    expect(await serve(page.pathname)).toBeNull();
  });

  it("isFresh follows Next's rule", () => {
    const etag = '"abc"';
    expect(isFresh(new Headers(), etag)).toBe(false);
    expect(isFresh(new Headers({ "if-none-match": "*" }), etag)).toBe(true);
    expect(isFresh(new Headers({ "if-none-match": '"abd"' }), etag)).toBe(false);
  });
});
