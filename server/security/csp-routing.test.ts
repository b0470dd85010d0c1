import { describe, expect, it } from "vitest";
import { cachedPageCacheControl, isCachedPage, isScriptFreeResponse } from "./csp-routing";

describe("isCachedPage", () => {
  it("covers the landing page and public profiles, read-only", () => {
    expect(isCachedPage("GET", "/")).toBe(true);
    expect(isCachedPage("HEAD", "/u/ada")).toBe(true);
    expect(isCachedPage("GET", "/u/%3Cscript%3E")).toBe(true);
  });

  it("leaves everything else to the per-request nonce", () => {
    for (const path of ["/skills", "/dashboard", "/login", "/u", "/u/", "/u/ada/badge.svg", "/u/ada/opengraph-image", "/api/u/ada", "/nope"]) {
      expect(isCachedPage("GET", path)).toBe(false);
    }
    expect(isCachedPage("POST", "/")).toBe(false);
    expect(isCachedPage("POST", "/u/ada")).toBe(false);
  });
});

describe("cachedPageCacheControl", () => {
  it("makes caches revalidate profiles and leaves the landing page to Next", () => {
    expect(cachedPageCacheControl("/u/ada")).toBe("public, max-age=0, must-revalidate");
    expect(cachedPageCacheControl("/")).toBeNull();
  });
});

describe("isScriptFreeResponse", () => {
  it("covers assets, images and JSON", () => {
    for (const path of ["/_next/static/chunks/a.js", "/_next/image", "/api/u/ada", "/api/export", "/u/ada/badge.svg", "/u/ada/opengraph-image", "/u/ada/twitter-image-abc", "/icon.svg"]) {
      expect(isScriptFreeResponse(path), path).toBe(true);
    }
  });

  it("never covers a page", () => {
    for (const path of ["/", "/skills", "/dashboard", "/settings", "/notes", "/login", "/signup", "/u/ada", "/u/badge.svg", "/nope", "/apis"]) {
      expect(isScriptFreeResponse(path), path).toBe(false);
    }
  });
});
