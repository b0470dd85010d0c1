import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Copies a migrations folder (drizzle/sqlite or drizzle/postgres) into `dir` with its journal
 * stopped at `lastTag`, as a database shipped back then saw it; returns `dir`.
 */
export function copyMigrationsUpTo(folder: string, lastTag: string, dir: string): string {
  cpSync(folder, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}
