import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKILL_IDS } from "../lib/roadmap.ts";
import { createRandom } from "./random.mjs";
import { expectedLevelDays } from "../db/test-level-days.ts";
import { seedDatabase } from "./seed-database.mjs";
import { generateUser } from "./seed-profiles.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("seedDatabase", () => {
  let dir;
  let db;
  let seeded;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rungs-seed-test-"));
    const path = join(dir, "bench.db");
    seeded = await seedDatabase({ root, path, count: 60, seed: 7 });
    db = new Database(path, { readonly: true });
  }, 60_000);

  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the users it returns, through the app's own migrations", () => {
    expect(db.prepare("select count(*) as n from users").get().n).toBe(60);
    expect(seeded.emails).toHaveLength(60);
    expect(seeded.stats.users).toBe(60);
    const migrations = db.prepare("select count(*) as n from __drizzle_migrations").get().n;
    expect(migrations).toBeGreaterThan(0);
  });

  it("returns only handles of public profiles", () => {
    expect(seeded.publicHandles.length).toBeGreaterThan(0);
    const isPublic = db.prepare("select is_public from users where handle = ?");
    for (const handle of seeded.publicHandles) expect(isPublic.get(handle)?.is_public).toBe(1);
  });

  it("writes levels of known skills, each the end of its change history", () => {
    const levels = db.prepare("select user_id, skill_id, level from skill_levels").all();
    expect(levels.length).toBe(seeded.stats.levels);
    expect(db.prepare("select count(*) as n from level_changes").get().n).toBe(seeded.stats.changes);
    const history = db.prepare("select old_level, new_level from level_changes where user_id = ? and skill_id = ? order by changed_at, id");
    for (const { user_id, skill_id, level } of levels) {
      expect(SKILL_IDS).toContain(skill_id);
      expect(level).toBeGreaterThanOrEqual(0);
      expect(level).toBeLessThanOrEqual(3);
      const changes = history.all(user_id, skill_id);
      expect(changes[0]?.old_level).toBe(0);
      for (let i = 1; i < changes.length; i++) expect(changes[i].old_level).toBe(changes[i - 1].new_level);
      expect(changes.at(-1)?.new_level).toBe(level);
    }
  });
});

describe("seedDatabase's level_days", () => {
  it("holds what the app's level writes would have kept for the seeded log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rungs-seed-days-"));
    try {
      const path = join(dir, "bench.db");
      await seedDatabase({ root, path, count: 40, seed: 5 });
      const db = new Database(path, { readonly: true });
      const log = db.prepare("select user_id, skill_id, old_level, new_level, changed_at from level_changes order by id").raw().all();
      const days = db.prepare("select * from level_days order by user_id, day, skill_id").all();
      db.close();
      expect(days.length).toBeGreaterThan(0);
      expect(days).toEqual(expectedLevelDays(log));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("generateUser", () => {
  it("gives the same user for the same seed", () => {
    const now = Date.UTC(2026, 10, 1);
    expect(generateUser(createRandom(3), 5, now)).toEqual(generateUser(createRandom(3), 5, now));
  });

  it("dates every change between the account's creation and now", () => {
    const now = Date.UTC(2026, 10, 1);
    const random = createRandom(11);
    for (let i = 0; i < 50; i++) {
      const user = generateUser(random, i, now);
      expect(user.createdAt).toBeLessThan(now);
      for (const change of user.changes) {
        expect(change.changedAt).toBeGreaterThan(user.createdAt);
        expect(change.changedAt).toBeLessThanOrEqual(now);
        expect(change.newLevel).not.toBe(change.oldLevel);
      }
    }
  });
});
