import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps plain paths on this origin", () => {
    expect(safeRedirectPath("/skills", "/dashboard")).toBe("/skills");
    expect(safeRedirectPath("/dashboard?x=1#top", "/")).toBe("/dashboard?x=1#top");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "skills",
    "/\tskills",
    "",
    "/" + "a".repeat(600),
  ])("falls back for %j", (value) => {
    expect(safeRedirectPath(value, "/dashboard")).toBe("/dashboard");
  });

  it("falls back for non-strings", () => {
    expect(safeRedirectPath(null, "/d")).toBe("/d");
    expect(safeRedirectPath(42, "/d")).toBe("/d");
  });
});
