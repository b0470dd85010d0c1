import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../db/test-db.ts";
import { seedDatabase } from "./seed-database.mjs";
import { seedPostgres } from "./seed-postgres.mjs";

// In the postgres project only (vitest.config.ts): it needs the throw-away cluster.
const root = fileURLToPath(new URL("..", import.meta.url));
const NOW = Date.UTC(2026, 10, 20);
const COUNT = 60;

// The same rows from both back ends, keyed by email instead of the random ids, times as epoch ms.
// (Each seed hashes the password with its own salt: the hashes differ, the password does not.)
const USERS = "select email, name, handle, is_public, created_at from users order by email";
const LEVELS = "select u.email, l.skill_id, l.level, l.updated_at from skill_levels l join users u on u.id = l.user_id order by 1, 2";
const CHANGES = "select u.email, c.skill_id, c.old_level, c.new_level, c.changed_at from level_changes c join users u on u.id = c.user_id order by 1, 2, 5, 3";
const DAYS = "select u.email, d.day, d.skill_id, d.first_changed_at, d.first_old_level, d.last_changed_at, d.last_level from level_days d join users u on u.id = d.user_id order by 1, 2, 3";
const TIMES = ["created_at", "updated_at", "changed_at", "first_changed_at", "last_changed_at"];
const normalise = (rows) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, TIMES.includes(k) ? Number(v instanceof Date ? v.getTime() : v) : k === "is_public" ? Boolean(v) : v])));

describe("seedPostgres", () => {
  let dir;
  let database;
  let client;
  let sqlite;
  let fromPostgres;
  let fromSqlite;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rungs-seed-pg-test-"));
    database = await createPostgresDatabase();
    fromPostgres = await seedPostgres({ root, url: database.url, count: COUNT, seed: 7, now: NOW });
    fromSqlite = await seedDatabase({ root, path: join(dir, "bench.db"), count: COUNT, seed: 7, now: NOW });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    sqlite = new Database(join(dir, "bench.db"), { readonly: true });
  }, 120_000);

  afterAll(async () => {
    sqlite?.close();
    await client?.end();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the schema through the app's migrations and returns what SQLite's seed returns", async () => {
    const { rows } = await client.query("select count(*)::int as n from drizzle.__drizzle_migrations");
    expect(rows[0].n).toBeGreaterThan(0);
    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromPostgres.stats.users).toBe(COUNT);
    const hashed = await client.query("select count(*)::int as n from users where password_hash like '$argon2id$%'");
    expect(hashed.rows[0].n).toBe(COUNT);
  });

  it("writes the same users, levels and history as SQLite's seed, to the millisecond", async () => {
    for (const query of [USERS, LEVELS, CHANGES, DAYS]) {
      const { rows } = await client.query(query);
      expect(rows.length).toBeGreaterThan(0);
      expect(normalise(rows)).toEqual(normalise(sqlite.prepare(query).all()));
    }
  });
});
