import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "./data/rungs.db";
function busyTimeoutMs(): number {
  const value = Number(process.env.SQLITE_BUSY_TIMEOUT_MS);
  return Number.isInteger(value) && value >= 0 ? value : 5000;
}

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

export function openDb(path: string = databasePath()): Db {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // In WAL mode NORMAL keeps every committed transaction through a crash of the app (the WAL is
  // written before the commit returns); only a power cut may lose the last few. FULL would add an
  // fsync per commit, which blocks this single-threaded server for milliseconds each time.
  sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === "FULL" ? "FULL" : "NORMAL"}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs()}`);
  return drizzle(sqlite, { schema });
}

// One connection per process, shared across hot reloads in development.
const globalForDb = globalThis as unknown as { rungsDb?: Db };

export function getDb(): Db {
  globalForDb.rungsDb ??= openDb();
  return globalForDb.rungsDb;
}

export function closeDb(): void {
  globalForDb.rungsDb?.$client.close();
  globalForDb.rungsDb = undefined;
}
