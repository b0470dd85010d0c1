import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes } from "./csp.mjs";
import CspCacheHandler from "./cache-handler.mjs";

const HTML = `<html><head><script>boot()</script></head><body><script>self.__next_f.push([1])</script></body></html>`;
const page = (status: number) => ({
  kind: "APP_PAGE",
  html: HTML,
  rscData: undefined,
  headers: { "x-next-cache-tags": "t" } as Record<string, string>,
  status,
});
const ctx = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };

function handler() {
  return new CspCacheHandler({ fs: undefined, dev: false, flushToDisk: false, serverDistDir: "/nonexistent", maxMemoryCacheSize: 10_000_000, revalidatedTags: [] });
}

describe("CspCacheHandler", () => {
  it("gives a stored page a policy with the hashes of its own inline scripts, on the first answer too", async () => {
    const cache = handler();
    const value = page(200);
    await cache.set("/u/ada", value, ctx);
    const expected = hashPolicy(inlineScriptHashes(HTML));
    // The first request is answered with the object that was stored.
    expect(value.headers["content-security-policy"]).toBe(expected);
    const entry = await cache.get("/u/ada", { kind: "APP_PAGE", isFallback: false });
    expect(entry?.value?.headers?.["content-security-policy"]).toBe(expected);
    expect(entry?.value?.headers?.["x-next-cache-tags"]).toBe("t");
  });

  it("answers a 404 with a policy but does not keep it", async () => {
    const cache = handler();
    const value = page(404);
    await cache.set("/u/nobody", value, ctx);
    expect(value.headers["content-security-policy"]).toContain("'sha256-");
    expect(await cache.get("/u/nobody", { kind: "APP_PAGE", isFallback: false })).toBeNull();
  });

  it("leaves cached data (not pages) alone", async () => {
    const cache = handler();
    const data = { kind: "FETCH", data: { headers: {}, body: "{}", status: 200 }, revalidate: false, tags: ["profile:ada"] };
    await cache.set("k", data, { fetchCache: true, tags: ["profile:ada"] });
    expect(data).not.toHaveProperty("headers");
  });
});

// cache-handler.mjs extends a private Next.js module. These checks name each thing it relies on, so
// an upgrade of Next that changes one fails here, loudly, instead of quietly serving cached pages
// without their policy. README "Upgrading Next" says what to do then.
describe("what cache-handler.mjs relies on in Next.js (re-check on every upgrade)", () => {
  const require = createRequire(import.meta.url);
  const nextDir = dirname(require.resolve("next/package.json"));
  const read = (path: string) => readFileSync(join(nextDir, path), "utf8");

  it("the private file-system cache is still there, a class with get and set", async () => {
    const mod = (await import("next/dist/server/lib/incremental-cache/file-system-cache.js")) as unknown as { default: { default?: unknown } };
    const FileSystemCache = (mod.default.default ?? mod.default) as { prototype: Record<string, unknown> };
    expect(typeof FileSystemCache).toBe("function");
    expect(typeof FileSystemCache.prototype.get).toBe("function");
    expect(typeof FileSystemCache.prototype.set).toBe("function");
  });

  it("a cached page is still stored as { kind: 'APP_PAGE', html: string, headers, status }", () => {
    const types = read("dist/server/response-cache/types.d.ts");
    const appPage = types.slice(types.indexOf("interface IncrementalCachedAppPageValue"));
    expect(appPage.slice(0, appPage.indexOf("}"))).toMatch(/kind: CachedRouteKind\.APP_PAGE;[\s\S]*html: string;[\s\S]*headers: OutgoingHttpHeaders \| undefined;[\s\S]*status: number \| undefined;/);
    expect(read("dist/server/response-cache/types.js")).toContain('CachedRouteKind["APP_PAGE"] = "APP_PAGE"');
  });

  it("Next still sends a cached page's stored headers with it (where our policy travels)", () => {
    expect(read("dist/build/templates/app-page-runtime.js")).toMatch(/if \(cachedData\.headers\) \{\s*const headers = \{\s*\.\.\.cachedData\.headers/);
  });

  // The shared tag expiry (server/security/shared-tag-expiry.test.ts) merges marks into Next's
  // manifest and applies Next's own rule.
  it("the tags manifest is still a Map of { stale, expired } marks, with areTagsExpired", async () => {
    const { tagsManifest, areTagsExpired } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
    expect(tagsManifest).toBeInstanceOf(Map);
    const now = Date.now();
    tagsManifest.set("fence:expired", { expired: now - 1 });
    expect(areTagsExpired(["fence:expired"], now - 10)).toBe(true);
    expect(areTagsExpired(["fence:expired"], now)).toBe(false);
    tagsManifest.set("fence:future", { expired: now + 60_000 });
    expect(areTagsExpired(["fence:future"], now - 10)).toBe(false);
  });

  it("a response keeps its tags in x-next-cache-tags, data is read with tags and soft tags, revalidateTag reaches the handler", () => {
    expect(read("dist/lib/constants.js")).toContain("const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';");
    const fsCache = read("dist/server/lib/incremental-cache/file-system-cache.js");
    expect(fsCache).toContain("data.value.headers) == null ? void 0 : _data_value_headers[_constants.NEXT_CACHE_TAGS_HEADER]");
    expect(fsCache).toContain("...ctx.softTags || []");
    expect(read("dist/server/lib/incremental-cache/index.js")).toContain("_this_cacheHandler.revalidateTag(tags, durations)");
    expect(read("dist/server/revalidation-utils.js")).toContain("incrementalCache.revalidateTag(tagsForProfile, durations)");
  });

  // The public profiles proxy.ts serves from what the handler kept (served-profile.ts).
  it("a page's cache key ends in /$<pathname>, and the ETag is generateETag over the body", async () => {
    expect(read("dist/server/lib/route-cache-key.js")).toContain("return `/${ROUTE_CACHE_DIRECTORY}/${owner.kind}/${source}/$${(0, _normalizepagepath.normalizePagePath)(pathname)}`;");
    const { generateETag } = await import("next/dist/server/lib/etag.js");
    expect(generateETag("<p>x</p>")).toMatch(/^"[0-9a-z]+"$/);
    expect(read("dist/server/send-payload.js")).toContain("const etag = (0, _etag.generateETag)(payload);");
  });
});
