import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test-db";
import { setLevel } from "./levels";
import { getPublicLevels, getPublicProfile, updateProfileSettings } from "./profiles";
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

  // The badge's read (server/badge-read.ts), prepared once: each call's own handle, never the first's.
  it("gives a public profile's levels by handle, {} with none, null when private or unknown", async () => {
    const a = await newUser("pl1@example.com");
    const b = await newUser("pl2@example.com");
    const c = await newUser("pl3@example.com");
    await setLevel(a.id, "git", 2);
    await setLevel(a.id, "http", 1);
    await setLevel(b.id, "sql", 3);
    await setLevel(c.id, "git", 3);
    await updateProfileSettings(a.id, { name: null, handle: "levels-a", isPublic: true });
    await updateProfileSettings(b.id, { name: null, handle: "levels-b", isPublic: false });
    await updateProfileSettings(c.id, { name: null, handle: "levels-c", isPublic: true });
    const empty = await newUser("pl4@example.com");
    await updateProfileSettings(empty.id, { name: null, handle: "levels-empty", isPublic: true });
    for (let round = 0; round < 2; round++) {
      expect(await getPublicLevels("levels-a")).toEqual({ git: 2, http: 1 });
      expect(await getPublicLevels("levels-b")).toBeNull();
      expect(await getPublicLevels("levels-c")).toEqual({ git: 3 });
      expect(await getPublicLevels("levels-empty")).toEqual({});
      expect(await getPublicLevels("levels-nobody")).toBeNull();
    }
    // Always the database's current answer: a change shows on the next read.
    await setLevel(a.id, "git", 3);
    await updateProfileSettings(c.id, { name: null, handle: "levels-c", isPublic: false });
    expect(await getPublicLevels("levels-a")).toEqual({ git: 3, http: 1 });
    expect(await getPublicLevels("levels-c")).toBeNull();
  });
});
