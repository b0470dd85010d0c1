import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test-db";
import { setLevel } from "./levels";
import { getPublicProfile, updateProfileSettings } from "./profiles";
import { createUser } from "./users";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function newUser(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: "Name" });
  if (!user) throw new Error("user not created");
  return user;
}

describe("public profiles", () => {
  it("is visible only when public, and carries no email or id", async () => {
    const user = await newUser("p1@example.com");
    await setLevel(user.id, "git", 2);
    expect(await updateProfileSettings(user.id, { name: "Ada", handle: "ada", isPublic: false })).toEqual({
      ok: true,
      previousHandle: null,
    });
    expect(await getPublicProfile("ada")).toBeNull();
    await updateProfileSettings(user.id, { name: "Ada", handle: "ada", isPublic: true });
    const profile = await getPublicProfile("ada");
    expect(profile).toEqual({ handle: "ada", name: "Ada", levels: { git: 2 }, notes: {} });
    expect(JSON.stringify(profile)).not.toContain(user.id);
    expect(JSON.stringify(profile)).not.toContain("p1@example.com");
  });

  it("refuses a handle someone else has, and frees the old one on change", async () => {
    const a = await newUser("p2@example.com");
    const b = await newUser("p3@example.com");
    await updateProfileSettings(a.id, { name: null, handle: "taken", isPublic: true });
    expect(await updateProfileSettings(b.id, { name: null, handle: "taken", isPublic: true })).toEqual({
      ok: false,
      reason: "handle_taken",
    });
    expect(await updateProfileSettings(a.id, { name: null, handle: "moved", isPublic: true })).toEqual({
      ok: true,
      previousHandle: "taken",
    });
    expect(await getPublicProfile("taken")).toBeNull();
    expect((await updateProfileSettings(b.id, { name: null, handle: "taken", isPublic: true })).ok).toBe(true);
    expect((await getPublicProfile("taken"))?.levels).toEqual({});
  });
});
