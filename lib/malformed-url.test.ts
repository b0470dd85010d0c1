import { describe, expect, it } from "vitest";
import { isMalformedUrl, QUERY_MAX, SEGMENT_MAX } from "./malformed-url";

describe("isMalformedUrl", () => {
  it("accepts the app's real addresses, encoded or not", () => {
    const fine: [string, string][] = [
      ["/", ""],
      ["/skills", ""],
      ["/u/ada-lovelace", ""],
      ["/u/ada/badge.svg", ""],
      ["/u/%C3%A9t%C3%A9", ""],
      ["/u/%F0%9F%A6%8A", ""],
      ["/login", "?callbackUrl=%2Fsettings%3Ftab%3D1"],
      ["/", "?q=a+b&r=%25&s=%E2%82%AC"],
      ["/", "?"],
      ["/_next/static/chunks/0a1b2c3d4e5f.js", ""],
      [`/${"a".repeat(SEGMENT_MAX)}`, `?q=${"b".repeat(QUERY_MAX - 2)}`],
    ];
    for (const [path, search] of fine) expect(isMalformedUrl(path, search), `${path}${search}`).toBe(false);
  });

  it("refuses what cannot be decoded", () => {
    for (const path of ["/%", "/skills/%", "/%ff", "/u/%ff", "/u/%ff/badge.svg", "/api/u/%E0%A4%A", "/%C0%AF", "/%ED%A0%80", "/%zz"]) {
      expect(isMalformedUrl(path, ""), path).toBe(true);
    }
    for (const search of ["?q=%", "?q=%ff", "q=%E0%A4%A", "?a=1&b=%g0"]) expect(isMalformedUrl("/", search), search).toBe(true);
  });

  it("refuses encoded NUL anywhere and control characters in the path", () => {
    for (const path of ["/%00", "/u/a%00b", "/u/a%0Ab", "/skills%7F", "/a%09b"]) expect(isMalformedUrl(path, ""), path).toBe(true);
    expect(isMalformedUrl("/", "?q=a%00b")).toBe(true);
    expect(isMalformedUrl("/", "?q=line%0Abreak")).toBe(false);
  });

  it("refuses an overlong segment or query", () => {
    expect(isMalformedUrl(`/u/${"a".repeat(SEGMENT_MAX + 1)}`, "")).toBe(true);
    expect(isMalformedUrl(`/${"a".repeat(10_000)}`, "")).toBe(true);
    expect(isMalformedUrl("/", `?q=${"a".repeat(QUERY_MAX)}`)).toBe(true);
  });
});
