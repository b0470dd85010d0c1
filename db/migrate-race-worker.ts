// A separate process for db/migrate.test.ts: opens its own connection to DATABASE_PATH, says
// "ready", waits for a line on stdin, applies the SQLite migrations and prints how many it applied.
import { closeDb, getDb } from "./client";
import { migrationsFolder } from "./migrate";
import { migrateSqlite } from "./migrate-sqlite";

async function main(): Promise<void> {
  getDb();
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  const applied = migrateSqlite(migrationsFolder());
  await closeDb();
  process.stdout.write(`${JSON.stringify({ applied })}\n`);
  process.exit(0);
}

void main();
