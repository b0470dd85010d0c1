import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { postgresAvailability } from "./db/test-postgres-cluster.js";

// The db/ tests that run on both back ends; the others (STRICT tables, a locked SQLite file,
// VACUUM INTO backups) are SQLite's own.
const ON_BOTH = [
  "db/queries/*.test.ts", "db/errors.test.ts", "db/concurrency.test.ts", "db/tx.test.ts", "db/backup.test.ts", "db/health.test.ts",
  // The cache handler reading and writing the shared tag expiry through the database.
  "server/security/shared-tag-expiry.test.ts",
  // GET /api/me's session check and reads (proxy.ts answers it).
  "server/me-read.test.ts",
  // The badge, read straight from the database (proxy.ts answers it).
  "server/badge-read.test.ts",
];
const POSTGRES_ONLY = ["db/migrate-postgres.test.ts", "db/pool-postgres.test.ts", "bench/seed-postgres.test.mjs"];

const postgres = postgresAvailability();
if (!postgres.ok) {
  // CI (and .ci/run, which installs PostgreSQL first) must never skip them.
  if (process.env.CI === "true" || process.env.RUNGS_REQUIRE_POSTGRES === "1") {
    throw new Error(`The PostgreSQL tests are required here (CI) but cannot run: ${postgres.reason}`);
  }
  console.warn(`\n!!! The PostgreSQL half of the db tests is SKIPPED: ${postgres.reason}\n`);
  process.env.RUNGS_POSTGRES_SKIPPED = postgres.reason;
}

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // "server-only" throws outside React Server Components; unit tests import db/ directly.
      "server-only": fileURLToPath(new URL("./scripts/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    provide: { postgresSkipped: postgres.ok ? "" : postgres.reason },
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "client/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.mjs"],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
          globalSetup: postgres.ok ? [] : ["db/test-postgres-skipped.ts"],
          // The sqlite half never reaches a PostgreSQL server, whatever the shell exports.
          env: { DATABASE_URL: "" },
        },
      },
      ...(postgres.ok
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: [...ON_BOTH, ...POSTGRES_ONLY],
                globalSetup: ["db/test-postgres-setup.ts"],
                setupFiles: ["db/test-postgres-env.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
