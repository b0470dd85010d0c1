import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../client";
import { useTempDatabase } from "../test-db";
import { getLevels, listLevelChanges, setLevel } from "./levels";
import { createUser, getUserByEmail } from "./users";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
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
    const count = getDb().$client.prepare("select count(*) n from users where email = ?").get("dup@example.com");
    expect(count).toEqual({ n: 1 });
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
    const rows = getDb().$client.prepare("select count(*) n from skill_levels where user_id = ?").get(user.id);
    expect(rows).toEqual({ n: 1 });
  });

  it("keeps users apart", async () => {
    const a = await newUser("a@example.com");
    const b = await newUser("b@example.com");
    await setLevel(a.id, "django", 3);
    expect(await getLevels(b.id)).toEqual({});
  });

  it("enforces the level range in the database itself", async () => {
    const user = await newUser("check@example.com");
    const insert = getDb().$client.prepare(
      "insert into skill_levels (user_id, skill_id, level, updated_at) values (?, 'git', ?, 0)",
    );
    expect(() => insert.run(user.id, 4)).toThrow(/CHECK/);
    expect(() => insert.run(user.id, -1)).toThrow(/CHECK/);
  });

  it("removes a user's rows with the user", async () => {
    const user = await newUser("gone@example.com");
    await setLevel(user.id, "flask", 1);
    getDb().$client.prepare("delete from users where id = ?").run(user.id);
    expect(await getLevels(user.id)).toEqual({});
    expect(await listLevelChanges(user.id)).toEqual([]);
  });
});
