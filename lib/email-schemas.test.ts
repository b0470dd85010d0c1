import { describe, expect, it } from "vitest";
import { changeEmailSchema, forgotPasswordSchema, PASSWORDS_DIFFER, resetPasswordSchema } from "./email-schemas";

const token = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx";

describe("forgotPasswordSchema", () => {
  it("normalises the address like sign-up, and refuses anything else in the form", () => {
    expect(forgotPasswordSchema.parse({ email: "  Ada@Example.ORG " })).toEqual({ email: "ada@example.org" });
    expect(forgotPasswordSchema.safeParse({ email: "not-an-address" }).success).toBe(false);
    expect(forgotPasswordSchema.safeParse({ email: "a@b.org", userId: "x" }).success).toBe(false);
  });
});

describe("resetPasswordSchema", () => {
  it("applies sign-up's password rules and wants the same password twice", () => {
    expect(resetPasswordSchema.safeParse({ token, password: "long enough", confirmPassword: "long enough" }).success).toBe(true);
    const short = resetPasswordSchema.safeParse({ token, password: "short", confirmPassword: "short" });
    expect(short.error?.issues[0]?.message).toMatch(/at least 8 characters/);
    const differ = resetPasswordSchema.safeParse({ token, password: "long enough", confirmPassword: "long enough " });
    expect(differ.error?.issues).toEqual([expect.objectContaining({ message: PASSWORDS_DIFFER, path: ["confirmPassword"] })]);
  });

  it("takes the token as any short string (checked later, all failures alike)", () => {
    expect(resetPasswordSchema.safeParse({ token: "x".repeat(201), password: "long enough", confirmPassword: "long enough" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ token: "garbage", password: "long enough", confirmPassword: "long enough" }).success).toBe(true);
  });
});

describe("changeEmailSchema", () => {
  it("normalises the new address and needs the current password", () => {
    expect(changeEmailSchema.parse({ newEmail: " New@Example.org", password: "pw" })).toEqual({ newEmail: "new@example.org", password: "pw" });
    expect(changeEmailSchema.safeParse({ newEmail: "new@example.org", password: "" }).error?.issues[0]?.message).toBe("Enter your current password.");
  });
});
