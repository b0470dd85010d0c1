import { describe, expect, it } from "vitest";
import { deleteAccountSchema, deletePasswordlessAccountSchema } from "./account-schemas";

describe("delete account schemas", () => {
  it("take a password, or the word DELETE for an account without one", () => {
    expect(deleteAccountSchema.parse({ password: "secret" })).toEqual({ password: "secret" });
    expect(deletePasswordlessAccountSchema.parse({ confirm: "DELETE" })).toEqual({ confirm: "DELETE" });
  });

  it("refuse an empty password, another word and extra keys, saying what to type", () => {
    for (const input of [{ password: "" }, { password: "x", userId: "u" }, {}]) {
      expect(deleteAccountSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
    for (const input of [{ confirm: "delete" }, { confirm: "" }, { confirm: "DELETE", password: "x" }]) {
      expect(deletePasswordlessAccountSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
    expect(deletePasswordlessAccountSchema.safeParse({ confirm: "delete" }).error?.issues[0]?.message).toBe("Type DELETE (in capitals) to confirm.");
  });
});
