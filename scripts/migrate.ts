import { closeDb, databasePath } from "../db/client";
import { runMigrations } from "../db/migrate";

runMigrations();
closeDb();
console.log(`Migrations applied to ${databasePath()}`);
