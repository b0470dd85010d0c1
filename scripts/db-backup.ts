import { backupDatabase, backupUnsupportedReason } from "../db/backup";
import { closeDb, databasePath } from "../db/client";

const unsupported = backupUnsupportedReason();
const target = process.argv[2];
if (unsupported) {
  console.error(unsupported);
  process.exit(1);
}
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
  await closeDb();
}
