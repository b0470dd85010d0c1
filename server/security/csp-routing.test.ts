import { describe, expect, it } from "vitest";
import { CATCH_ALL_PAGE, cachedPageCacheControl, isCachedPage, isScriptFreeResponse, knownPathMatcher, stampNonce } from "./csp-routing";

describe("isCachedPage", () => {
  it("covers the landing page, public profiles and the Skills and Dashboard shells, read-only", () => {
    expect(isCachedPage("GET", "/")).toBe(true);
    expect(isCachedPage("GET", "/skills")).toBe(true);
    expect(isCachedPage("GET", "/dashboard")).toBe(true);
    expect(isCachedPage("HEAD", "/u/ada")).toBe(true);
    expect(isCachedPage("GET", "/u/%3Cscript%3E")).toBe(true);
  });

  it("leaves everything else to the per-request nonce", () => {
    for (const path of ["/skills/x", "/dashboard/x", "/settings", "/login", "/u", "/u/", "/u/ada/badge.svg", "/u/ada/opengraph-image", "/api/u/ada", "/nope"]) {
      expect(isCachedPage("GET", path)).toBe(false);
    }
    expect(isCachedPage("POST", "/")).toBe(false);
    expect(isCachedPage("POST", "/u/ada")).toBe(false);
    // Server actions post to the page's path: rendered per request, with a nonce.
    expect(isCachedPage("POST", "/skills")).toBe(false);
    expect(isCachedPage("POST", "/dashboard")).toBe(false);
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

// The shape of .next/routes-manifest.json, from a build of this app.
const TABLE = {
  staticRoutes: [
    { page: "/", regex: "^/(?:/)?$" },
    { page: "/_not-found", regex: "^/_not\\-found(?:/)?$" },
    { page: "/dashboard", regex: "^/dashboard(?:/)?$" },
    { page: "/icon.svg", regex: "^/icon\\.svg(?:/)?$" },
    { page: "/skills", regex: "^/skills(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
    { page: "/u/[handle]", regex: "^/u/([^/]+?)(?:/)?$" },
    { page: "/u/[handle]/badge.svg", regex: "^/u/([^/]+?)/badge\\.svg(?:/)?$" },
    { page: CATCH_ALL_PAGE, regex: "^/(.+?)(?:/)?$" },
  ],
};

describe("knownPathMatcher", () => {
  const isKnown = knownPathMatcher(TABLE, ["/robots.txt", "/docs/a.pdf"]);

  it("knows the build's pages, route handlers, dynamic routes, framework paths and public files", () => {
    for (const path of ["/", "/dashboard", "/skills/", "/icon.svg", "/api/auth/session", "/u/ada", "/u/%C3%A9t%C3%A9", "/u/ada/badge.svg", "/_next/static/chunks/a.js", "/_next/image", "/robots.txt", "/docs/a.pdf"]) {
      expect(isKnown(path), path).toBe(true);
    }
  });

  it("does not count the catch-all page: everything else is unknown", () => {
    for (const path of ["/nope", "/no-such-page-here", "/u", "/u/a/b/c", "/skills/x", "/dashboards", "/robots", "/docs", "/_nextx", "/api/other"]) {
      expect(isKnown(path), path).toBe(false);
    }
  });
});

describe("stampNonce", () => {
  it("puts the nonce on every script and script preload, and on nothing else", () => {
    const html =
      '<link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/b.js"/><link rel="icon" href="/icon.svg"/>' +
      '<script src="/c.js" async=""></script><script>inline()</script><script id="_R_">x</script><p>&lt;script&gt;</p>';
    expect(stampNonce(html, "Tk9OQ0U=")).toBe(
      '<link rel="stylesheet" href="/a.css"/><link nonce="Tk9OQ0U=" rel="preload" as="script" href="/b.js"/><link rel="icon" href="/icon.svg"/>' +
        '<script nonce="Tk9OQ0U=" src="/c.js" async=""></script><script nonce="Tk9OQ0U=">inline()</script><script nonce="Tk9OQ0U=" id="_R_">x</script><p>&lt;script&gt;</p>',
    );
  });
});
