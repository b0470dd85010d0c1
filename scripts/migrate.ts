import { closeDb, describeDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";

try {
  await runMigrations();
  console.log(`Migrations applied to ${describeDatabase()}`);
} finally {
  await closeDb();
}
