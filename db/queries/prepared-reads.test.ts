import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../client";
import { createTestDatabase } from "../test-db";
import { getGoal, setGoal } from "./goals";
import { getLevels, listLevelChanges, setLevel } from "./levels";
import { createSession, deleteSession, getUserBySession } from "./sessions";
import { expireTagsNow, getTagExpiries, recordTagExpiries } from "./tag-expiry";
import { createUser } from "./users";

// The hot reads, and a level change's lock, read and writes, are prepared once per connection
// (db/prepared.ts, db/tx.ts `Write`): these fail if a statement kept a value from its first call,
// or outlived the connection it was prepared on.

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function newUser(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: email.split("@")[0] ?? null });
  if (!user) throw new Error("user not created");
  return user;
}

describe("prepared reads", () => {
  it("return each call's own user's rows, never the first caller's", async () => {
    const a = await newUser("prepared-a@example.com");
    const b = await newUser("prepared-b@example.com");
    const later = new Date(Date.now() + 3_600_000);
    const sa = await createSession(a.id, later);
    const sb = await createSession(b.id, later);
    await setLevel(a.id, "http", 3);
    await setLevel(b.id, "sql", 1);
    await setGoal(a.id, { tier: "senior", targetDate: "2031-01-01" });

    for (let round = 0; round < 2; round++) {
      expect((await getUserBySession(sa, a.id))?.email).toBe("prepared-a@example.com");
      expect((await getUserBySession(sb, b.id))?.email).toBe("prepared-b@example.com");
      // A session id with another user's id finds nothing.
      expect(await getUserBySession(sa, b.id)).toBeNull();
      expect(await getUserBySession(sb, a.id)).toBeNull();
      expect(await getLevels(a.id)).toEqual({ http: 3 });
      expect(await getLevels(b.id)).toEqual({ sql: 1 });
      expect((await listLevelChanges(a.id)).map((c) => c.skillId)).toEqual(["http"]);
      expect((await listLevelChanges(b.id)).map((c) => c.skillId)).toEqual(["sql"]);
      expect(await getGoal(a.id)).toEqual({ tier: "senior", targetDate: "2031-01-01" });
      expect(await getGoal(b.id)).toBeNull();
    }
  });

  it("compare a session's expiry with the time of each call, not of the first", async () => {
    const user = await newUser("prepared-expiry@example.com");
    const session = await createSession(user.id, new Date(Date.now() + 300));
    expect(await getUserBySession(session, user.id)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await getUserBySession(session, user.id)).toBeNull();
  });

  it("see a revoked session as gone at once", async () => {
    const user = await newUser("prepared-revoked@example.com");
    const session = await createSession(user.id, new Date(Date.now() + 3_600_000));
    expect(await getUserBySession(session, user.id)).not.toBeNull();
    await deleteSession(session);
    expect(await getUserBySession(session, user.id)).toBeNull();
  });

  it("work again after the connection is closed and reopened", async () => {
    const user = await newUser("prepared-reconnect@example.com");
    const session = await createSession(user.id, new Date(Date.now() + 3_600_000));
    await setLevel(user.id, "git", 2);
    expect(await getLevels(user.id)).toEqual({ git: 2 });
    expect(await getUserBySession(session, user.id)).not.toBeNull();
    await closeDb();
    expect(await getLevels(user.id)).toEqual({ git: 2 });
    expect(await getUserBySession(session, user.id)).not.toBeNull();
    expect(await listLevelChanges(user.id)).toHaveLength(1);
  });
});

describe("a level change's prepared statements", () => {
  it("write each call's user, skill, old and new level, time and tags", async () => {
    const a = await newUser("prepared-write-a@example.com");
    const b = await newUser("prepared-write-b@example.com");
    await setLevel(a.id, "http", 1, ["profile:prepared-a"]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setLevel(b.id, "sql", 2, ["profile:prepared-b"]);
    await setLevel(a.id, "http", 3, ["profile:prepared-a"]);
    await setLevel(a.id, "git", 2, ["profile:prepared-a", "profile:prepared-a-old"]);
    expect(await getLevels(a.id)).toEqual({ http: 3, git: 2 });
    expect(await getLevels(b.id)).toEqual({ sql: 2 });
    const changes = await listLevelChanges(a.id);
    expect(changes.map((c) => [c.skillId, c.oldLevel, c.newLevel])).toEqual([
      ["http", 0, 1],
      ["http", 1, 3],
      ["git", 0, 2],
    ]);
    const [first, second] = changes;
    expect(second!.changedAt.getTime()).toBeGreaterThan(first!.changedAt.getTime());
    const changesOfB = await listLevelChanges(b.id);
    expect(changesOfB.map((c) => [c.skillId, c.oldLevel, c.newLevel])).toEqual([["sql", 0, 2]]);
    const marks = new Map((await getTagExpiries(["profile:prepared-a", "profile:prepared-b", "profile:prepared-a-old"])).map((m) => [m.tag, m]));
    expect(marks.get("profile:prepared-a")?.expired).toBe(changes[2]!.changedAt.getTime());
    expect(marks.get("profile:prepared-a-old")?.expired).toBe(changes[2]!.changedAt.getTime());
    expect(marks.get("profile:prepared-b")?.expired).toBe(changesOfB[0]!.changedAt.getTime());
  });

  it("keep a mark left out, and take every mark of a later expiry", async () => {
    await recordTagExpiries([{ tag: "profile:prepared-marks", stale: 1_000, expired: 2_000 }]);
    await recordTagExpiries([{ tag: "profile:prepared-marks", expired: 3_000 }]);
    expect(await getTagExpiries(["profile:prepared-marks"])).toEqual([{ tag: "profile:prepared-marks", stale: 1_000, expired: 3_000 }]);
    await expireTagsNow(["profile:prepared-marks"], 4_000);
    expect(await getTagExpiries(["profile:prepared-marks"])).toEqual([{ tag: "profile:prepared-marks", stale: 4_000, expired: 4_000 }]);
  });

  it("work again after the connection is closed and reopened", async () => {
    const user = await newUser("prepared-write-reconnect@example.com");
    await setLevel(user.id, "git", 1, ["profile:prepared-reconnect"]);
    await closeDb();
    await setLevel(user.id, "git", 2, ["profile:prepared-reconnect"]);
    expect(await getLevels(user.id)).toEqual({ git: 2 });
    expect((await listLevelChanges(user.id)).map((c) => c.newLevel)).toEqual([1, 2]);
  });
});
