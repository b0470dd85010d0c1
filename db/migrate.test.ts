import Database from "better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, getDb } from "./client";
import { runMigrations } from "./migrate";
import { useTempDatabase } from "./test-db";
import { copyMigrationsUpTo } from "./test-migrations";
import { expectedLevelDays, OLD_LOG } from "./test-level-days";

const APP_TABLES = ["auth_accounts", "auth_throttle", "auth_tokens", "cache_tag_expiry", "level_changes", "level_days", "sessions", "skill_levels", "skill_notes", "users"];
// The tables a database had after 0006_auth-data.
const TABLES_AT_0006 = APP_TABLES.filter((t) => t !== "cache_tag_expiry" && t !== "level_days");
// The tables a database had before 0006_auth-data.
const OLD_TABLES = ["auth_throttle", "level_changes", "sessions", "skill_levels", "skill_notes", "users"];
const JOURNAL_TAGS = (JSON.parse(readFileSync("drizzle/sqlite/meta/_journal.json", "utf8")) as { entries: { tag: string }[] }).entries.map((e) => e.tag);
const LATEST_TAG = JOURNAL_TAGS.at(-1)!;
const USER = "u-1";
const OTHER = "u-2";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
  delete process.env.MIGRATIONS_PATH;
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "rungs-migrate-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of drizzle/sqlite/ whose journal stops at `lastTag`, as a database shipped back then saw it. */
function migrationsUpTo(lastTag: string): string {
  return copyMigrationsUpTo("drizzle/sqlite", lastTag, tempDir());
}

/** Opens the app's connection on a new file with migrations up to `lastTag` applied. */
async function databaseAt(lastTag: string): Promise<Database.Database> {
  process.env.DATABASE_PATH = join(tempDir(), "upgrade.db");
  await closeDb();
  cleanups.push(() => void closeDb());
  process.env.MIGRATIONS_PATH = migrationsUpTo(lastTag);
  await runMigrations();
  delete process.env.MIGRATIONS_PATH;
  return getDb().$client;
}

function tableList(sqlite: Database.Database) {
  const rows = sqlite.pragma("table_list") as { schema: string; name: string; strict: number }[];
  return rows.filter((t) => t.schema === "main" && !t.name.startsWith("sqlite_") && t.name !== "__drizzle_migrations");
}

/** Every table and index definition, with the differences a rebuild may not matter for removed. */
function schemaShape(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name <> '__drizzle_migrations'")
    .all() as { sql: string }[];
  return rows.map((r) => r.sql.replace(/\s+/g, "").replace(/["`]/g, "'").replace(/\)STRICT$/, ")")).sort();
}

function seedRows(sqlite: Database.Database): void {
  const t = 1_790_000_000_000;
  const user = sqlite.prepare(
    "insert into users (id, email, password_hash, name, created_at, handle, is_public, session_version) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  user.run(USER, "ada@example.com", "hash-1", "Ada", t, "ada", 1, 3);
  user.run(OTHER, "bob@example.com", "hash-2", null, t + 1, null, 0, 0);
  const level = sqlite.prepare("insert into skill_levels (user_id, skill_id, level, updated_at) values (?, ?, ?, ?)");
  level.run(USER, "git", 2, t + 10);
  level.run(USER, "redis", 3, t + 11);
  level.run(OTHER, "git", 1, t + 12);
  const change = sqlite.prepare(
    "insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values (?, ?, ?, ?, ?)",
  );
  change.run(USER, "git", 0, 2, t + 10);
  change.run(USER, "redis", 0, 3, t + 11);
  change.run(OTHER, "git", 0, 1, t + 12);
  change.run(OTHER, "git", 1, 0, t + 13);
  // The highest id is gone before the upgrade: AUTOINCREMENT must still never hand it out again.
  sqlite.prepare("delete from level_changes where id = 4").run();
  sqlite
    .prepare("insert into skill_notes (user_id, skill_id, note, links, is_public, updated_at) values (?, ?, ?, ?, ?, ?)")
    .run(USER, "git", "rebase daily", '["https://example.com/git"]', 1, t + 20);
  sqlite.prepare("insert into sessions (id, user_id, created_at, expires_at) values (?, ?, ?, ?)").run("s-1", USER, t, t + 1000);
  sqlite
    .prepare("insert into auth_throttle (key, failures, window_start, locked_until) values (?, ?, ?, ?)")
    .run("login:acct:ada@example.com", 5, t, t + 60_000);
  sqlite.prepare("insert into auth_throttle (key, failures, window_start) values (?, ?, ?)").run("login:addr:1.2.3.4", 2, t);
}

function dump(sqlite: Database.Database, tables: string[] = OLD_TABLES): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((name) => [name, sqlite.prepare(`select * from ${name} order by rowid`).all()]));
}

function count(sqlite: Database.Database, table: string, userId: string): number {
  return (sqlite.prepare(`select count(*) n from ${table} where user_id = ?`).get(userId) as { n: number }).n;
}

/** The rows as they read after 0006_auth-data: every user gains email_verified_at, null. */
function withVerifiedColumn(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  return { ...rows, users: rows.users!.map((u) => ({ ...(u as object), email_verified_at: null })) };
}

/** The rows as they read after every migration: 0008_goal adds the goal, null, to every user. */
function withLatestColumns(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  const verified = withVerifiedColumn(rows);
  return { ...verified, users: verified.users!.map((u) => ({ ...(u as object), goal_tier: null, goal_date: null })) };
}

describe("STRICT tables", () => {
  it("makes every app table STRICT", () => {
    cleanups.push(useTempDatabase());
    const tables = tableList(getDb().$client);
    expect(tables.map((t) => t.name).sort()).toEqual(APP_TABLES);
    for (const table of tables) expect({ table: table.name, strict: table.strict }).toEqual({ table: table.name, strict: 1 });
  });

  it("refuses a value of the wrong type or out of range", () => {
    cleanups.push(useTempDatabase());
    const sqlite = getDb().$client;
    sqlite.prepare("insert into users (id, email, password_hash, created_at) values ('u', 'u@example.com', 'h', 1)").run();
    const setLevel = sqlite.prepare("insert or replace into skill_levels (user_id, skill_id, level, updated_at) values ('u', 'git', ?, ?)");
    expect(() => setLevel.run("two", 1)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_DATATYPE" }));
    expect(() => setLevel.run(2.5, 1)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_DATATYPE" }));
    expect(() => setLevel.run(2, "yesterday")).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_DATATYPE" }));
    expect(() => setLevel.run(4, 1)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_CHECK" }));
    expect(() => setLevel.run(-1, 1)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_CHECK" }));
    const newSession = sqlite.prepare("insert into sessions (id, user_id, created_at, expires_at) values (?, 'u', 1, ?)");
    expect(() => newSession.run("s", "tomorrow")).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_DATATYPE" }));
    expect(() => newSession.run("s", Buffer.from("x"))).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_DATATYPE" }));
    setLevel.run(3, 1);
    expect(sqlite.prepare("select level, typeof(level) type from skill_levels").all()).toEqual([{ level: 3, type: "integer" }]);
  });
});

describe("upgrading a database created before STRICT tables", () => {
  it("keeps every row, the schema and the cascades, and leaves a clean database", async () => {
    const sqlite = await databaseAt("0003_sessions_throttle");
    expect(tableList(sqlite).every((t) => t.strict === 0)).toBe(true);
    const shapeBefore = schemaShape(sqlite);
    seedRows(sqlite);
    const before = dump(sqlite);

    process.env.MIGRATIONS_PATH = migrationsUpTo("0004_strict-tables");
    await runMigrations();
    expect(tableList(sqlite).every((t) => t.strict === 1)).toBe(true);
    expect(schemaShape(sqlite)).toEqual(shapeBefore);
    expect(dump(sqlite)).toEqual(before);

    delete process.env.MIGRATIONS_PATH;
    await runMigrations();
    expect(tableList(sqlite).every((t) => t.strict === 1)).toBe(true);
    expect(dump(sqlite)).toEqual(withLatestColumns(before));
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");

    const next = sqlite
      .prepare("insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values (?, 'sql', 0, 1, 1) returning id")
      .get(USER);
    expect(next).toEqual({ id: 5 });

    sqlite.prepare("delete from users where id = ?").run(USER);
    for (const table of ["skill_levels", "level_changes", "skill_notes", "sessions"]) {
      expect({ table, rows: count(sqlite, table, USER) }).toEqual({ table, rows: 0 });
    }
    expect(count(sqlite, "skill_levels", OTHER)).toBe(1);
    expect(() =>
      sqlite.prepare("insert into sessions (id, user_id, created_at, expires_at) values ('s-2', 'nobody', 1, 2)").run(),
    ).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_FOREIGNKEY" }));
  });

  it("refuses to rebuild while foreign keys are enforced, and changes nothing", async () => {
    const sqlite = await databaseAt("0003_sessions_throttle");
    seedRows(sqlite);
    const before = dump(sqlite);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    const error = (() => {
      try {
        migrate(getDb(), { migrationsFolder: "drizzle/sqlite" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(String(error?.cause)).toMatch(/CHECK constraint failed: foreign_keys_must_be_off_during_migration/);
    expect(dump(sqlite)).toEqual(before);
    expect(tableList(sqlite).every((t) => t.strict === 0)).toBe(true);
  });

  it("fails loudly when a migration leaves a row pointing at nobody", async () => {
    cleanups.push(useTempDatabase());
    const dir = migrationsUpTo(LATEST_TAG);
    const journalPath = join(dir, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_orphan" });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(join(dir, "9999_orphan.sql"), "INSERT INTO `sessions` VALUES ('s', 'nobody', 1, 2);");
    process.env.MIGRATIONS_PATH = dir;
    await expect(runMigrations()).rejects.toThrow(/1 foreign key violation/);
    expect(getDb().$client.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("several processes migrating one new file at the same moment: each migration applied once, none fails", async () => {
    const path = join(tempDir(), "race.db");
    const worker = join(import.meta.dirname, "migrate-race-worker.ts");
    const children = [0, 1, 2].map(() => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", worker], {
        env: { ...process.env, DATABASE_PATH: path, DATABASE_URL: "" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      const ready = new Promise<void>((resolve) => child.stdout.on("data", (d) => (out += d) && out.startsWith("ready\n") && resolve()));
      child.stderr.on("data", (d) => (err += d));
      const done = new Promise<number>((resolve, reject) =>
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.slice("ready\n".length)).applied as number) : reject(new Error(`worker exited ${code}: ${err}`)))),
      );
      return { child, ready, done };
    });
    // Every connection is open before any of them starts.
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.child.stdin.write("go\n");
    const applied = await Promise.all(children.map((c) => c.done));
    expect(applied.reduce((a, b) => a + b, 0)).toBe(JOURNAL_TAGS.length);
    const sqlite = new Database(path, { readonly: true });
    try {
      expect(sqlite.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual({ n: JOURNAL_TAGS.length });
      expect(tableList(sqlite).map((t) => t.name).sort()).toEqual(APP_TABLES);
    } finally {
      sqlite.close();
    }
  }, 60_000);

  it("is a no-op on a database that is already up to date", async () => {
    cleanups.push(useTempDatabase());
    const sqlite = getDb().$client;
    const applied = sqlite.prepare("select count(*) n from __drizzle_migrations").get();
    await runMigrations();
    expect(sqlite.prepare("select count(*) n from __drizzle_migrations").get()).toEqual(applied);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
  });
});

describe("upgrading a database at 0005 to the auth tables (0006_auth-data)", () => {
  it("keeps every row, index, CHECK and cascade, makes password_hash nullable, and adds STRICT tables", async () => {
    const sqlite = await databaseAt("0005_prune-indexes");
    seedRows(sqlite);
    const before = dump(sqlite);
    const shapeBefore = schemaShape(sqlite).filter((s) => !s.startsWith("CREATETABLE'users'"));

    process.env.MIGRATIONS_PATH = migrationsUpTo("0006_auth-data");
    await runMigrations();
    expect(tableList(sqlite).map((t) => [t.name, t.strict]).sort()).toEqual(TABLES_AT_0006.map((t) => [t, 1]));
    expect(dump(sqlite)).toEqual(withVerifiedColumn(before));
    expect(schemaShape(sqlite)).toEqual(expect.arrayContaining(shapeBefore));
    const columns = sqlite.pragma("table_info(users)") as { name: string; notnull: number; dflt_value: unknown }[];
    expect(columns.find((c) => c.name === "password_hash")?.notnull).toBe(0);
    expect(columns.find((c) => c.name === "email_verified_at")).toMatchObject({ notnull: 0, dflt_value: null });
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const indexes = (sqlite.prepare("select name from sqlite_master where type = 'index' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(["users_email_unique", "users_handle_unique", "auth_tokens_user_purpose", "auth_tokens_expires_at", "auth_accounts_user_provider"]));

    // Unique email still holds, an OAuth-only user needs no hash, the new CHECKs hold.
    expect(() => sqlite.prepare("insert into users (id, email, password_hash, created_at) values ('x', 'ada@example.com', 'h', 1)").run()).toThrow(
      expect.objectContaining({ code: "SQLITE_CONSTRAINT_UNIQUE" }),
    );
    sqlite.prepare("insert into users (id, email, created_at) values ('oauth-only', 'o@example.com', 1)").run();
    const token = sqlite.prepare("insert into auth_tokens (hash, user_id, purpose, created_at, expires_at) values (?, ?, ?, 1, ?)");
    expect(() => token.run("h0", USER, "login", 2)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_CHECK" }));
    expect(() => token.run("h0", USER, "verify-email", "later")).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_DATATYPE" }));
    token.run("h1", USER, "verify-email", 2);
    const account = sqlite.prepare("insert into auth_accounts (provider, issuer, provider_account_id, user_id, email_verified, created_at) values (?, 'i', ?, ?, ?, 1)");
    expect(() => account.run("gitlab", "a", USER, 0)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_CHECK" }));
    expect(() => account.run("github", "a", USER, 2)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_CHECK" }));
    account.run("github", "a", USER, 1);
    expect(() => account.run("github", "b", USER, 0)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_UNIQUE" }));
    expect(() => account.run("github", "a", OTHER, 0)).toThrow(expect.objectContaining({ code: "SQLITE_CONSTRAINT_PRIMARYKEY" }));

    sqlite.prepare("delete from users where id = ?").run(USER);
    for (const table of ["skill_levels", "level_changes", "skill_notes", "sessions", "auth_tokens", "auth_accounts"]) {
      expect({ table, rows: count(sqlite, table, USER) }).toEqual({ table, rows: 0 });
    }
    expect(count(sqlite, "skill_levels", OTHER)).toBe(1);
  });

  it("refuses to rebuild users while foreign keys are enforced, and changes nothing", async () => {
    const sqlite = await databaseAt("0005_prune-indexes");
    seedRows(sqlite);
    const before = dump(sqlite);
    const error = (() => {
      try {
        migrate(getDb(), { migrationsFolder: "drizzle/sqlite" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(String(error?.cause)).toMatch(/CHECK constraint failed: foreign_keys_must_be_off_during_migration/);
    expect(dump(sqlite)).toEqual(before);
    expect(tableList(sqlite).map((t) => t.name).sort()).toEqual(OLD_TABLES);
  });
});

describe("upgrading a database with a change log to level_days (0009_level-days)", () => {
  it("writes each user's, skill's and UTC day's first and last change, as the level writes would", async () => {
    const sqlite = await databaseAt("0008_goal");
    const user = sqlite.prepare("insert into users (id, email, created_at) values (?, ?, 0)");
    user.run("u-1", "one@example.com");
    user.run("u-2", "two@example.com");
    const change = sqlite.prepare("insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values (?, ?, ?, ?, ?)");
    for (const row of OLD_LOG) change.run(...row);

    await runMigrations();
    expect(sqlite.prepare("select * from level_days order by user_id, day, skill_id").all()).toEqual(expectedLevelDays(OLD_LOG));
  });
});
