import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb } from "./client";
import { runMigrations } from "./migrate";

/** Points the app at a fresh migrated SQLite file in a temp folder; returns a clean-up function. */
export function useTempDatabase(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "rungs-test-"));
  process.env.DATABASE_PATH = join(dir, "test.db");
  closeDb();
  runMigrations();
  return () => {
    closeDb();
    rmSync(dir, { recursive: true, force: true });
  };
}
