import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Pool } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migratePostgres, MIGRATION_LOCK_KEY } from "./migrate-postgres";
import { createPostgresDatabase } from "./test-db";
import { expectedLevelDays, OLD_LOG } from "./test-level-days";
import { copyMigrationsUpTo } from "./test-migrations";

const FOLDER = "drizzle/postgres";
const JOURNAL = JSON.parse(readFileSync(`${FOLDER}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
const APP_TABLES = ["auth_accounts", "auth_throttle", "auth_tokens", "cache_tag_expiry", "level_changes", "level_days", "sessions", "skill_levels", "skill_notes", "users"];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function freshDatabase(): Promise<string> {
  const database = await createPostgresDatabase();
  cleanups.push(database.drop);
  return database.url;
}

function pool(url: string): Pool {
  const p = new Pool({ connectionString: url, max: 2 });
  cleanups.push(() => p.end());
  return p;
}

async function state(p: Pool) {
  const tables = await p.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1");
  const applied = await p.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
  return { tables: tables.rows.map((r) => r.name), applied: Number(applied.rows[0]?.n) };
}

/** A copy of drizzle/postgres/ whose journal stops at `lastTag`, as a database shipped back then saw it. */
function migrationsUpTo(lastTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rungs-pg-migrate-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return copyMigrationsUpTo(FOLDER, lastTag, dir);
}

describe("PostgreSQL migrations", () => {
  it("applies every migration once when several processes start together on a fresh database", async () => {
    const url = await freshDatabase();
    // Separate pools: separate sessions, as separate app processes would have.
    const pools = [pool(url), pool(url), pool(url), pool(url)];
    const results = await Promise.allSettled(pools.map((p) => migratePostgres(p, FOLDER)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(await state(pools[0]!)).toEqual({ tables: APP_TABLES, applied: JOURNAL.entries.length });
  });

  it("waits for the migration lock another process holds, then finds nothing half-done", async () => {
    const url = await freshDatabase();
    const holder = await pool(url).connect();
    await holder.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    let done = false;
    const migrating = migratePostgres(pool(url), FOLDER).then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    const during = await holder.query("select count(*) as n from pg_tables where schemaname = 'public'");
    expect(Number(during.rows[0].n)).toBe(0);
    await holder.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    holder.release();
    await migrating;
    expect(done).toBe(true);
  });

  it("is a no-op on a database that is already up to date, and leaves no lock behind", async () => {
    const url = await freshDatabase();
    const p = pool(url);
    await migratePostgres(p, FOLDER);
    const before = await state(p);
    await migratePostgres(p, FOLDER);
    expect(await state(p)).toEqual(before);
    const locks = await p.query("select count(*) as n from pg_locks where locktype = 'advisory'");
    expect(Number(locks.rows[0].n)).toBe(0);
  });

  it("keeps the constraints of the SQLite schema: CHECKs, cascades, unique indexes", async () => {
    const url = await freshDatabase();
    const p = pool(url);
    await migratePostgres(p, FOLDER);
    await p.query("insert into users (id, email, password_hash, created_at) values ('u', 'u@example.com', 'h', now())");
    await expect(p.query("insert into users (id, email, password_hash, created_at) values ('v', 'u@example.com', 'h', now())")).rejects.toMatchObject({ code: "23505" });
    await expect(p.query("insert into skill_levels values ('u', 'git', 4, now())")).rejects.toMatchObject({ code: "23514" });
    await expect(p.query("insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values ('u', 'git', 1, 1, now())")).rejects.toMatchObject({ code: "23514" });
    await expect(p.query("insert into skill_notes (user_id, skill_id, note, updated_at) values ('u', 'git', repeat('x', 2001), now())")).rejects.toMatchObject({ code: "23514" });
    await expect(p.query("insert into sessions values ('s', 'nobody', now(), now())")).rejects.toMatchObject({ code: "23503" });
    await p.query("insert into skill_levels values ('u', 'git', 2, now())");
    await p.query("insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values ('u', 'git', 0, 2, now())");
    await p.query("insert into skill_notes (user_id, skill_id, updated_at) values ('u', 'git', now())");
    await p.query("insert into sessions values ('s', 'u', now(), now())");
    await expect(p.query("insert into auth_tokens (hash, user_id, purpose, created_at, expires_at) values ('h', 'u', 'login', now(), now())")).rejects.toMatchObject({ code: "23514" });
    await expect(p.query("insert into auth_accounts (provider, issuer, provider_account_id, user_id, created_at) values ('gitlab', 'i', 'a', 'u', now())")).rejects.toMatchObject({ code: "23514" });
    await p.query("insert into auth_tokens (hash, user_id, purpose, created_at, expires_at) values ('h', 'u', 'verify-email', now(), now())");
    await p.query("insert into auth_accounts (provider, issuer, provider_account_id, user_id, created_at) values ('github', 'i', 'a', 'u', now())");
    await expect(p.query("insert into auth_accounts (provider, issuer, provider_account_id, user_id, created_at) values ('github', 'i', 'b', 'u', now())")).rejects.toMatchObject({ code: "23505" });
    await p.query("insert into users (id, email, created_at) values ('oauth-only', 'o@example.com', now())");
    await p.query("delete from users where id = 'u'");
    for (const table of ["skill_levels", "level_changes", "skill_notes", "sessions", "auth_tokens", "auth_accounts"]) {
      const rows = await p.query(`select count(*) as n from ${table}`);
      expect({ table, n: Number(rows.rows[0].n) }).toEqual({ table, n: 0 });
    }
  });

  it("upgrades a database at 0000_init with data: every row kept, password_hash nullable, nobody verified", async () => {
    const p = pool(await freshDatabase());
    await migratePostgres(p, migrationsUpTo("0000_init"));
    await p.query("insert into users (id, email, password_hash, name, handle, is_public, session_version, created_at) values ('u', 'u@example.com', 'h', 'Ada', 'ada', true, 3, '2030-01-01T00:00:00Z')");
    await p.query("insert into skill_levels values ('u', 'git', 2, now())");
    await p.query("insert into sessions values ('s', 'u', now(), now())");
    const before = (await p.query("select * from users")).rows;

    await migratePostgres(p, FOLDER);
    expect(await state(p)).toEqual({ tables: APP_TABLES, applied: JOURNAL.entries.length });
    expect((await p.query("select * from users")).rows).toEqual(before.map((u) => ({ ...u, email_verified_at: null, goal_tier: null, goal_date: null })));
    expect((await p.query("select count(*)::int as n from skill_levels")).rows).toEqual([{ n: 1 }]);
    await p.query("insert into users (id, email, created_at) values ('oauth-only', 'o@example.com', now())");
    await p.query("insert into auth_tokens (hash, user_id, purpose, created_at, expires_at) values ('h', 'u', 'reset-password', now(), now())");
    await p.query("delete from users where id = 'u'");
    expect((await p.query("select count(*)::int as n from auth_tokens")).rows).toEqual([{ n: 0 }]);
  });

  it("upgrades a database with a change log to level_days: each user's, skill's and UTC day's first and last change", async () => {
    const p = pool(await freshDatabase());
    await migratePostgres(p, migrationsUpTo("0003_goal"));
    await p.query("insert into users (id, email, created_at) values ('u-1', 'one@example.com', now()), ('u-2', 'two@example.com', now())");
    for (const [user, skill, oldLevel, newLevel, at] of OLD_LOG) {
      await p.query("insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values ($1, $2, $3, $4, $5)", [user, skill, oldLevel, newLevel, new Date(at)]);
    }

    await migratePostgres(p, FOLDER);
    const rows = await p.query("select * from level_days order by user_id, day, skill_id");
    expect(rows.rows.map((r) => ({ ...r, first_changed_at: r.first_changed_at.getTime(), last_changed_at: r.last_changed_at.getTime() }))).toEqual(expectedLevelDays(OLD_LOG));
  });
});
