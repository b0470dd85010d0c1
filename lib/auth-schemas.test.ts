import { describe, expect, it } from "vitest";
import { logInSchema, signUpSchema } from "./auth-schemas";
import { setLevelSchema } from "./level-schemas";

describe("signUpSchema", () => {
  it("trims and lower-cases the email and keeps the password as typed", () => {
    const r = signUpSchema.parse({ email: "  Ada@Example.COM ", password: " pass word ", name: "  Ada " });
    expect(r).toEqual({ email: "ada@example.com", password: " pass word ", name: "Ada" });
  });

  it("makes an empty or missing name null", () => {
    expect(signUpSchema.parse({ email: "a@b.co", password: "12345678", name: "  " }).name).toBeNull();
    expect(signUpSchema.parse({ email: "a@b.co", password: "12345678" }).name).toBeNull();
  });

  it("takes passwords of 8 to 256 characters, counted as the user sees them", () => {
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "1234567" }).success).toBe(false);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "12345678" }).success).toBe(true);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "x".repeat(256) }).success).toBe(true);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "x".repeat(257) }).success).toBe(false);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "🔑".repeat(8) }).success).toBe(true);
  });

  it.each(["", "plain", "a@", "@b.co", "a b@c.co", `${"a".repeat(250)}@b.co`])("refuses the email %j", (email) => {
    expect(signUpSchema.safeParse({ email, password: "12345678" }).success).toBe(false);
  });

  it("refuses extra fields and control characters in names", () => {
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "12345678", role: "admin" }).success).toBe(false);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "12345678", name: "a\u0000b" }).success).toBe(false);
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "12345678", name: "x".repeat(61) }).success).toBe(false);
  });

  it("keeps markup in a name as plain text for the UI to escape", () => {
    const name = "<script>alert(1)</script>";
    expect(signUpSchema.parse({ email: "a@b.co", password: "12345678", name }).name).toBe(name);
  });
});

describe("logInSchema", () => {
  it("normalises the email like sign-up does", () => {
    expect(logInSchema.parse({ email: " A@B.CO", password: "x" }).email).toBe("a@b.co");
  });
});

describe("setLevelSchema", () => {
  it("takes a roadmap skill and a whole level from 0 to 3", () => {
    expect(setLevelSchema.parse({ skillId: "linux-basics", level: 0 })).toEqual({ skillId: "linux-basics", level: 0 });
    expect(setLevelSchema.parse({ skillId: "kubernetes", level: 3 }).level).toBe(3);
  });

  it.each([
    { skillId: "cobol", level: 1 },
    { skillId: "Linux Basics", level: 1 },
    { skillId: "linux-basics", level: -1 },
    { skillId: "linux-basics", level: 4 },
    { skillId: "linux-basics", level: 2.5 },
    { skillId: "linux-basics", level: "3" },
    { skillId: "linux-basics", level: null },
    { skillId: "linux-basics", level: Number.NaN },
    { skillId: "linux-basics", level: 1, userId: "someone-else" },
    { skillId: "linux-basics" },
    null,
    "linux-basics",
  ])("refuses %j", (input) => {
    expect(setLevelSchema.safeParse(input).success).toBe(false);
  });
});
