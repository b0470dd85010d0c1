import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import { db } from "../client";
import { DIALECT } from "../dialect";
import { skillLevels, users } from "../tables";
import { testSql, createTestDatabase } from "../test-db";
import { getLevels, listLevelChanges, setLevel } from "./levels";
import { getTagExpiries } from "./tag-expiry";
import { createUser, getUserByEmail } from "./users";

// A time literal either back end stores in its own column type.
const NOW = DIALECT === "postgres" ? "now()" : "0";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function newUser(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  return user;
}

describe("users", () => {
  it("refuses a second account with the same email and writes nothing", async () => {
    await newUser("dup@example.com");
    expect(await createUser({ email: "dup@example.com", passwordHash: "y", name: "Other" })).toBeNull();
    expect((await getUserByEmail("dup@example.com"))?.passwordHash).toBe("x");
    expect(await db().select({ n: count() }).from(users).where(eq(users.email, "dup@example.com"))).toEqual([{ n: 1 }]);
  });
});

describe("setLevel", () => {
  it("upserts one row per skill and logs every change in order", async () => {
    const user = await newUser("levels@example.com");
    expect(await getLevels(user.id)).toEqual({});
    await setLevel(user.id, "linux-basics", 1);
    await setLevel(user.id, "linux-basics", 3);
    const after = await setLevel(user.id, "git", 2);
    expect(after).toEqual({ "linux-basics": 3, git: 2 });
    const changes = await listLevelChanges(user.id);
    expect(changes.map(({ skillId, oldLevel, newLevel }) => [skillId, oldLevel, newLevel])).toEqual([
      ["linux-basics", 0, 1],
      ["linux-basics", 1, 3],
      ["git", 0, 2],
    ]);
  });

  it("is idempotent: setting the same level again changes and logs nothing", async () => {
    const user = await newUser("idem@example.com");
    await setLevel(user.id, "rest", 2);
    await setLevel(user.id, "rest", 2);
    expect(await listLevelChanges(user.id)).toHaveLength(1);
    expect(await db().select({ n: count() }).from(skillLevels).where(eq(skillLevels.userId, user.id))).toEqual([{ n: 1 }]);
  });

  it("keeps users apart", async () => {
    const a = await newUser("a@example.com");
    const b = await newUser("b@example.com");
    await setLevel(a.id, "django", 3);
    expect(await getLevels(b.id)).toEqual({});
  });

  it("enforces the level range in the database itself", async () => {
    const user = await newUser("check@example.com");
    const insert = (level: number) =>
      testSql(sql`insert into skill_levels (user_id, skill_id, level, updated_at) values (${user.id}, 'git', ${level}, ${sql.raw(NOW)})`).then(
        () => "stored",
        (e: unknown) => String((e as Error).cause ?? e),
      );
    expect(await insert(4)).toMatch(/check constraint.*skill_levels_level_range|skill_levels_level_range.*check/i);
    expect(await insert(-1)).toMatch(/skill_levels_level_range/);
    expect(await insert(3)).toBe("stored");
  });

  it("removes a user's rows with the user", async () => {
    const user = await newUser("gone@example.com");
    await setLevel(user.id, "flask", 1);
    await testSql(sql`delete from users where id = ${user.id}`);
    expect(await getLevels(user.id)).toEqual({});
    expect(await listLevelChanges(user.id)).toEqual([]);
  });
});

describe("setLevel with tags to expire", () => {
  it("writes many marks with the change (a long joined statement name on PostgreSQL)", async () => {
    const user = await newUser("expire-many@example.com");
    const tags = Array.from({ length: 12 }, (_, i) => `profile:many-${i}`);
    expect(await setLevel(user.id, "git", 1, tags)).toEqual({ git: 1 });
    expect(await setLevel(user.id, "git", 2, tags)).toEqual({ git: 2 });
    expect(await getTagExpiries(tags)).toHaveLength(12);
  });

  it("writes their marks in the level's own transaction, at a time within the call", async () => {
    const user = await newUser("expire@example.com");
    const before = Date.now();
    await setLevel(user.id, "git", 2, ["profile:expire-a", "profile:expire-b"]);
    const marks = await getTagExpiries(["profile:expire-a", "profile:expire-b"]);
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      expect(mark.stale).toBe(mark.expired);
      expect(mark.expired).toBeGreaterThanOrEqual(before);
      expect(mark.expired).toBeLessThanOrEqual(Date.now());
    }
    expect(await getLevels(user.id)).toEqual({ git: 2 });
  });

  it("with nothing to change, still writes the marks and logs nothing", async () => {
    const user = await newUser("expire-same@example.com");
    await setLevel(user.id, "rest", 1, ["profile:expire-same"]);
    const [first] = await getTagExpiries(["profile:expire-same"]);
    await new Promise((resolve) => setTimeout(resolve, 3));
    await setLevel(user.id, "rest", 1, ["profile:expire-same"]);
    const [second] = await getTagExpiries(["profile:expire-same"]);
    expect(second!.expired).toBeGreaterThan(first!.expired!);
    expect(await listLevelChanges(user.id)).toHaveLength(1);
  });

  it("writes no mark when the level write fails (all or nothing)", async () => {
    const user = await newUser("expire-fail@example.com");
    await expect(setLevel(user.id, "git", 4 as never, ["profile:expire-fail"])).rejects.toThrow();
    expect(await getTagExpiries(["profile:expire-fail"])).toEqual([]);
    expect(await getLevels(user.id)).toEqual({});
  });
});
