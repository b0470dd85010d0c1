import type { SQL } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { closeDb, getDb, getPostgres } from "./client";
import { DIALECT } from "./dialect";
import { migrationsFolder, runMigrations } from "./migrate";
import { migrateSqlite } from "./migrate-sqlite";

function tempSqliteDatabase(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "rungs-test-"));
  process.env.DATABASE_PATH = join(dir, "test.db");
  void closeDb();
  migrateSqlite(migrationsFolder());
  return () => {
    void closeDb();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Points the app at a fresh migrated SQLite file in a temp folder; returns a clean-up function. */
export function useTempDatabase(): () => void {
  return tempSqliteDatabase();
}

/** The server the PostgreSQL half of the tests creates its databases on (see db/test-postgres-setup.ts). */
function adminUrl(): string {
  const url = process.env.TEST_POSTGRES_ADMIN_URL;
  if (!url) throw new Error("TEST_POSTGRES_ADMIN_URL is not set: run the PostgreSQL tests through vitest (project postgres).");
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database on the test server; returns its URL and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `rungs_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin((c) => dropWhenIdle(c, name)) };
}

/**
 * A pool's end() resolves before its sockets have closed; WITH (FORCE) would terminate those
 * still closing, and the FATAL reaches a client that no longer listens: an uncaught error. So
 * wait (briefly) until nobody is connected, and only then force what is left.
 */
async function dropWhenIdle(client: Client, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
    if (rows[0]?.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await client.query(`drop database if exists ${name} with (force)`);
}

/**
 * Points the app at a fresh migrated database of the selected dialect (a SQLite file in a temp
 * folder, or a new database on the test PostgreSQL server); returns a clean-up function.
 */
export async function createTestDatabase(): Promise<() => Promise<void>> {
  if (DIALECT === "sqlite") {
    const cleanup = tempSqliteDatabase();
    return async () => cleanup();
  }
  const database = await createPostgresDatabase();
  await closeDb();
  process.env.DATABASE_URL = database.url;
  await runMigrations();
  return async () => {
    await closeDb();
    await database.drop();
  };
}

/** Raw SQL for tests that look under the query layer; rows as the driver returns them. */
export async function testSql<T = Record<string, unknown>>(query: SQL): Promise<T[]> {
  if (DIALECT === "postgres") return (await getPostgres().execute(query)).rows as T[];
  try {
    return getDb().all(query) as T[];
  } catch (error) {
    // better-sqlite3 runs a statement that returns no rows through run(), not all().
    if (!(error instanceof TypeError && /does not return data/.test(error.message))) throw error;
    getDb().run(query);
    return [];
  }
}
