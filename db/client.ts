import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { resolve } from "node:path";
import { DIALECT } from "./dialect";
import { openSqlite, type SqliteDb } from "./with-sqlite";
import { openPostgres, redactUrl, type PostgresDb } from "./with-postgres";

/** The SQLite connection (better-sqlite3). */
export type Db = SqliteDb;

/**
 * What db/queries may use: the query builders, typed as PostgreSQL's, awaited. That type has no
 * synchronous `.all()/.get()/.run()` and no `transaction` (use withTransaction in ./tx), so a query
 * that type-checks runs on both back ends; on SQLite the same builder calls exist on the SQLite
 * database and return the same rows (./tables proves the row shapes equal).
 */
export type QueryDb = Pick<NodePgDatabase, "select" | "insert" | "update" | "delete">;

export const DEFAULT_DATABASE_PATH = "./data/rungs.db";

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Where this process keeps its data, for logs (no password). */
export function describeDatabase(): string {
  return DIALECT === "postgres" ? redactUrl(process.env.DATABASE_URL ?? "") : databasePath();
}

export function openDb(path: string = databasePath()): Db {
  return openSqlite(path);
}

// One SQLite connection or one PostgreSQL pool per process, shared across hot reloads in development.
const globalForDb = globalThis as unknown as { rungsDb?: Db; rungsPostgres?: PostgresDb };

/** The SQLite connection itself, for SQLite-only code (backup, migrations, their tests). */
export function getDb(): Db {
  if (DIALECT === "postgres") throw new Error("getDb() is the SQLite connection, but DATABASE_URL selects PostgreSQL: use db().");
  globalForDb.rungsDb ??= openDb();
  return globalForDb.rungsDb;
}

/** The PostgreSQL pool's database, for PostgreSQL-only code (migrations, transactions, tests). */
export function getPostgres(): PostgresDb {
  if (DIALECT !== "postgres") throw new Error("getPostgres() needs DATABASE_URL=postgres://…");
  globalForDb.rungsPostgres ??= openPostgres(process.env.DATABASE_URL ?? "");
  return globalForDb.rungsPostgres;
}

/** The database of the selected dialect, for queries outside a transaction. */
export function db(): QueryDb {
  return DIALECT === "postgres" ? getPostgres() : (getDb() as unknown as QueryDb);
}

/** Closes this process's connection or pool; the next query opens a new one. */
export async function closeDb(): Promise<void> {
  globalForDb.rungsDb?.$client.close();
  globalForDb.rungsDb = undefined;
  const postgres = globalForDb.rungsPostgres;
  globalForDb.rungsPostgres = undefined;
  await postgres?.$client.end();
}
