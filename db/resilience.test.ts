import Database from "better-sqlite3";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "./backup";
import { databasePath, getDb } from "./client";
import { DB_UNAVAILABLE, isTransientDbError } from "./errors";
import { getLevels, listLevelChanges, setLevel, setLevels } from "./queries/levels";
import { createUser } from "./queries/users";
import { useTempDatabase } from "./test-db";

let cleanup: () => void;
beforeAll(() => {
  process.env.SQLITE_BUSY_TIMEOUT_MS = "200";
  cleanup = useTempDatabase();
});
afterAll(() => {
  cleanup();
  delete process.env.SQLITE_BUSY_TIMEOUT_MS;
});

async function newUser(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: null });
  if (!user) throw new Error("no user");
  return user;
}

describe("a locked database", () => {
  it("fails with a transient error after the busy timeout, writes nothing, and recovers", async () => {
    const user = await newUser("locked@example.com");
    const other = new Database(databasePath());
    other.pragma("busy_timeout = 0");
    other.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    const error = await setLevel(user.id, "git", 2).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(isTransientDbError(error)).toBe(true);
    other.exec("ROLLBACK");
    other.close();
    expect(await getLevels(user.id)).toEqual({});
    expect(await setLevel(user.id, "git", 2)).toEqual({ git: 2 });
  });
});

describe("a full disk", () => {
  it("rolls a multi-row change back whole, says so, and recovers when space returns", async () => {
    const user = await newUser("full@example.com");
    const sqlite = getDb().$client;
    const pages = sqlite.pragma("page_count", { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    const big = Object.fromEntries(
      ["git", "docker", "redis", "rest", "django", "flask", "kubernetes", "linux-basics"].map((id) => [id, 3 as const]),
    );
    // Fill the remaining room so the next transaction cannot fit.
    let error: unknown = null;
    for (let i = 0; i < 200 && !error; i++) {
      error = await setLevels(user.id, big).then(
        () => setLevels(user.id, Object.fromEntries(Object.keys(big).map((id) => [id, (i % 3) as 0 | 1 | 2]))),
      ).then(() => null, (e: unknown) => e);
    }
    expect(isTransientDbError(error)).toBe(true);
    const changes = await listLevelChanges(user.id);
    const levels = await getLevels(user.id);
    // The log and the levels agree: nothing was written half-way.
    for (const [skillId, level] of Object.entries(levels)) {
      const last = changes.filter((c) => c.skillId === skillId).at(-1);
      expect(last?.newLevel).toBe(level);
    }
    sqlite.pragma("max_page_count = 1073741823");
    await setLevel(user.id, "fastapi", 1);
    expect((await getLevels(user.id)).fastapi).toBe(1);
    expect(DB_UNAVAILABLE).toMatch(/try again/);
  });
});

describe("backup", () => {
  it("writes a consistent copy that passes an integrity check", async () => {
    const user = await newUser("backup@example.com");
    await setLevel(user.id, "redis", 2);
    const target = join(mkdtempSync(join(tmpdir(), "rungs-backup-")), "copy.db");
    const result = backupDatabase(target);
    expect(result.integrity).toBe("ok");
    expect(existsSync(target)).toBe(true);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare("select level from skill_levels where user_id = ? and skill_id = 'redis'").get(user.id)).toEqual({ level: 2 });
    copy.close();
    expect(() => backupDatabase(target)).toThrow(/already exists/);
  });
});
