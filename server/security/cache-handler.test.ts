import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes } from "@/server/security/csp.mjs";
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
