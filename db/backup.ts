import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { getDb } from "./client";
import { DIALECT } from "./dialect";

export type BackupResult = { path: string; integrity: string; bytes: number };

/** Null on SQLite; on PostgreSQL, why this backup does not apply and what to run instead. */
export function backupUnsupportedReason(): string | null {
  if (DIALECT !== "postgres") return null;
  return (
    "DATABASE_URL selects PostgreSQL: back it up with PostgreSQL's own tools, e.g.\n" +
    '  pg_dump --format=custom --file=rungs.dump "$DATABASE_URL"\n' +
    'and restore with pg_restore --clean --dbname="$DATABASE_URL" rungs.dump. Nothing was written.'
  );
}

/**
 * A consistent online copy (VACUUM INTO reads one snapshot while the app keeps writing), then an
 * integrity check of the copy itself.
 */
export function backupDatabase(target: string): BackupResult {
  const unsupported = backupUnsupportedReason();
  if (unsupported) throw new Error(unsupported);
  const path = resolve(target);
  if (existsSync(path)) throw new Error(`${path} already exists: choose a new file name.`);
  getDb().$client.prepare("VACUUM INTO ?").run(path);
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = (copy.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
    const pages = copy.pragma("page_count", { simple: true }) as number;
    const size = copy.pragma("page_size", { simple: true }) as number;
    return { path, integrity, bytes: pages * size };
  } finally {
    copy.close();
  }
}
