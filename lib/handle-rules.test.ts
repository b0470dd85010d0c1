import { describe, expect, it } from "vitest";
import { checkHandle, handleFromSegment } from "./handle-rules";

describe("checkHandle", () => {
  it.each([
    ["ada", "ada"],
    ["Ada-Lovelace", "ada-lovelace"],
    ["  dev42 ", "dev42"],
    ["a".repeat(30), "a".repeat(30)],
    ["3-2-1", "3-2-1"],
  ])("accepts %j as %j", (input, handle) => {
    expect(checkHandle(input)).toEqual({ ok: true, handle });
  });

  it.each([
    ["ab", /at least 3/],
    ["a".repeat(31), /at most 30/],
    ["ada lovelace", /only letters/],
    ["ada_l", /only letters/],
    ["adá", /only letters/],
    ["<script>", /only letters/],
    ["../etc", /only letters/],
    ["", /at least 3/],
  ])("refuses %j", (input, message) => {
    const result = checkHandle(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each(["admin", "api", "login", "signup", "settings", "dashboard", "skills", "static", "ADMIN", "Settings"])(
    "refuses the reserved word %j",
    (input) => {
      const result = checkHandle(input);
      expect(result).toEqual({ ok: false, error: "That handle is reserved. Please pick another." });
    },
  );

  it("refuses non-strings", () => {
    expect(checkHandle(42).ok).toBe(false);
    expect(checkHandle(null).ok).toBe(false);
  });
});

describe("profileSettingsSchema", async () => {
  const { profileSettingsSchema } = await import("./profile-schemas");

  it("takes an empty handle as none, and needs one to go public", () => {
    expect(profileSettingsSchema.parse({ name: "", handle: "", isPublic: false })).toEqual({
      name: null,
      handle: null,
      isPublic: false,
    });
    const r = profileSettingsSchema.safeParse({ name: "", handle: "", isPublic: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Pick a handle to make your profile public.");
  });

  it("lower-cases the handle and refuses extra fields or a non-boolean switch", () => {
    expect(profileSettingsSchema.parse({ name: "A", handle: "Ada", isPublic: true }).handle).toBe("ada");
    expect(profileSettingsSchema.safeParse({ name: "A", handle: "ada", isPublic: "on" }).success).toBe(false);
    expect(profileSettingsSchema.safeParse({ name: "A", handle: "ada", isPublic: true, userId: "x" }).success).toBe(false);
  });
});

describe("handleFromSegment", () => {
  it("decodes and checks a URL segment as a handle", () => {
    expect(handleFromSegment("ada-l")).toBe("ada-l");
    expect(handleFromSegment("Ada-%4C")).toBe("ada-l");
    for (const segment of ["%ff", "%", "a", "admin", "a_b", "%3Cx%3E"]) expect(handleFromSegment(segment)).toBeNull();
  });
});
