import { backupDatabase } from "../db/backup";
import { closeDb, databasePath } from "../db/client";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run db:backup -- <file>");
  process.exit(2);
}
try {
  const result = backupDatabase(target);
  console.log(`Backed up ${databasePath()} to ${result.path} (${result.bytes} bytes); integrity_check: ${result.integrity}`);
  process.exitCode = result.integrity === "ok" ? 0 : 1;
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
