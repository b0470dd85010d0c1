import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import * as schema from "./schema";

export type SqliteDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

function busyTimeoutMs(): number {
  const value = Number(process.env.SQLITE_BUSY_TIMEOUT_MS);
  return Number.isInteger(value) && value >= 0 ? value : 5000;
}

export function openSqlite(path: string): SqliteDb {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // First: several processes may open a new file at once, and switching it to WAL takes a lock.
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs()}`);
  sqlite.pragma("journal_mode = WAL");
  // In WAL mode NORMAL keeps every committed transaction through a crash of the app (the WAL is
  // written before the commit returns); only a power cut may lose the last few. FULL would add an
  // fsync per commit, which blocks this single-threaded server for milliseconds each time.
  sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === "FULL" ? "FULL" : "NORMAL"}`);
  sqlite.pragma("foreign_keys = ON");
  return drizzle(sqlite, { schema });
}
