import { describe, expect, it } from "vitest";
import { classifyRequests, rowForPath } from "./view-parts.mjs";

const base = "http://127.0.0.1:3200";
const req = (method, path, resourceType, headers = {}) => ({ method, url: `${base}${path}`, resourceType, headers });

describe("classifyRequests", () => {
  it("keeps the document and the page's own data requests, and counts prefetches apart", () => {
    const view = classifyRequests("skills", [
      req("GET", "/skills", "document"),
      req("GET", "/_next/static/chunks/a.js", "script"),
      req("GET", "/icon.svg", "image"),
      req("GET", "/api/me/levels", "fetch"),
      req("GET", "/api/me", "other"),
      req("GET", "/api/me?view=dashboard", "fetch"),
      req("POST", "/skills", "fetch", { "next-action": "abc" }),
      req("GET", "/dashboard?_rsc=1", "fetch", { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" }),
      req("GET", "/dashboard?_rsc=2", "fetch", { rsc: "1", "next-router-prefetch": "1" }),
    ]);
    expect(view.requests).toEqual([
      { row: "skills", what: "document" },
      { row: null, what: "GET /api/me/levels" },
      { row: "me", what: "GET /api/me" },
      { row: "meDashboard", what: "GET /api/me?view=dashboard" },
      { row: null, what: "POST /skills (server action)" },
    ]);
    expect(view.prefetches).toEqual([
      { path: "/dashboard", row: "dashboard", tree: true },
      { path: "/dashboard", row: "dashboard", tree: false },
    ]);
  });
});

describe("rowForPath", () => {
  it("names the row that answers a path, or none", () => {
    expect(rowForPath("/")).toBe("static");
    expect(rowForPath("/u/ada")).toBe("profile");
    expect(rowForPath("/u/ada/badge.svg")).toBe("badge");
    expect(rowForPath("/skills")).toBe("skills");
    expect(rowForPath("/api/me")).toBe("me");
    expect(rowForPath("/api/me", "?view=dashboard")).toBe("meDashboard");
    expect(rowForPath("/api/me", "?view=other")).toBeNull();
    expect(rowForPath("/settings")).toBeNull();
  });
});
