import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupDatabase, backupUnsupportedReason } from "./backup";
import { DIALECT } from "./dialect";

describe("npm run db:backup on each back end", () => {
  it.runIf(DIALECT === "postgres")("on PostgreSQL: points to pg_dump and writes nothing", () => {
    expect(backupUnsupportedReason()).toMatch(/pg_dump .*"\$DATABASE_URL"/);
    const target = join(mkdtempSync(join(tmpdir(), "rungs-backup-")), "copy.db");
    expect(() => backupDatabase(target)).toThrow(/pg_dump/);
    expect(existsSync(target)).toBe(false);
  });

  it.runIf(DIALECT === "sqlite")("on SQLite: backs up itself (db/resilience.test.ts checks the copy)", () => {
    expect(backupUnsupportedReason()).toBeNull();
  });
});
