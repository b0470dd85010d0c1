import { defineConfig } from "drizzle-kit";

// SQLite (the default). PostgreSQL has its own: drizzle.config.postgres.ts.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./drizzle/sqlite",
  dbCredentials: { url: process.env.DATABASE_PATH || "./data/rungs.db" },
  strict: true,
  verbose: true,
});
