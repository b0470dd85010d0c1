import Database from "better-sqlite3";
import { Pool, types } from "pg";

// A look into the app's database, to check what the UI cannot show (ids, row counts): the suite's
// SQLite file (E2E_DATABASE_PATH), or its PostgreSQL database when the suite runs on PostgreSQL
// (E2E_DATABASE_URL, set by scripts/run-e2e.mjs --db postgres). SQL is written once, with `?`
// placeholders, in what both dialects share.

// count(*) is a bigint on PostgreSQL; as a number, rows compare the same on both back ends.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export type DatabaseAt = { dialect: "sqlite"; path: string } | { dialect: "postgres"; url: string };

const pools = new Map<string, Pool>();

function poolFor(url: string): Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new Pool({ connectionString: url, max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true });
    // A test's own database is dropped WITH (FORCE) at its end, which ends this pool's idle
    // connections: expected, and without a listener it would fail the test.
    pool.on("error", () => undefined);
    pools.set(url, pool);
  }
  return pool;
}

function toPostgresParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The suite's own database. */
export function suiteDatabase(): DatabaseAt {
  const url = process.env.E2E_DATABASE_URL;
  if (url) return { dialect: "postgres", url };
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  return { dialect: "sqlite", path };
}

/** Reads from a given database (a test's own server's, or the suite's). */
export async function queryDbAt<T>(at: DatabaseAt, sql: string, ...params: unknown[]): Promise<T[]> {
  if (at.dialect === "postgres") return (await poolFor(at.url).query(toPostgresParams(sql), params)).rows as T[];
  const db = new Database(at.path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function queryDb<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return queryDbAt<T>(suiteDatabase(), sql, ...params);
}

export async function userIdByEmail(email: string): Promise<string> {
  const row = (await queryDb<{ id: string }>("select id from users where email = ?", email.trim().toLowerCase()))[0];
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/**
 * Holds the database's write lock until release(), as another process in a long write would:
 * SQLite's BEGIN IMMEDIATE on the file; on PostgreSQL, every table of the app locked IN EXCLUSIVE
 * MODE (reads go on, every write waits for the lock timeout).
 */
export async function lockDatabase(at: DatabaseAt): Promise<{ release: () => Promise<void> }> {
  if (at.dialect === "sqlite") {
    const blocker = new Database(at.path);
    blocker.exec("BEGIN IMMEDIATE");
    return {
      release: async () => {
        blocker.exec("ROLLBACK");
        blocker.close();
      },
    };
  }
  const client = await poolFor(at.url).connect();
  const tables = (await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = current_schema()")).rows.map((r) => r.tablename);
  await client.query("begin");
  await client.query(`lock table ${tables.map((t) => `"${t}"`).join(", ")} in exclusive mode`);
  return {
    release: async () => {
      await client.query("rollback");
      client.release();
    },
  };
}

/** The environment that makes a test's own server give up on a held lock after `ms`, on either back end. */
export function lockTimeoutEnv(ms: number): Record<string, string> {
  return { SQLITE_BUSY_TIMEOUT_MS: String(ms), POSTGRES_LOCK_TIMEOUT_MS: String(ms) };
}

/** Writes to a given database: for tests that break it on purpose. */
export async function execDbAt(at: DatabaseAt, sql: string): Promise<void> {
  if (at.dialect === "postgres") {
    await poolFor(at.url).query(sql);
    return;
  }
  const db = new Database(at.path, { fileMustExist: true });
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
