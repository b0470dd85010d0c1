// Runs the Playwright suite against `next build && next start` on a throw-away database, on
// SQLite, on PostgreSQL, or on both one after the other (`--db sqlite|postgres|both`; default
// sqlite; `npm run test:e2e` passes both, with one build). PostgreSQL is a throw-away cluster (initdb + pg_ctl,
// db/test-postgres-cluster.ts) or $TEST_POSTGRES_URL; without either the PostgreSQL half is
// skipped with the reason, except in CI (CI=true or RUNGS_REQUIRE_POSTGRES=1), where it fails.
// Finds Chromium at /usr/bin/chromium, installing Debian's package when it can; otherwise falls
// back to Playwright's own browser. Run with tsx (it imports the cluster helper's TypeScript).
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("run-e2e: installing Debian's chromium…");
    try {
      execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    } catch {
      console.warn("run-e2e: could not install chromium with apt-get");
    }
  }
  if (!existsSync(CHROMIUM)) console.log("run-e2e: no system Chromium; using Playwright's own browser");
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function parseArgs(argv) {
  let db = process.env.E2E_DB || "sqlite";
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--db") db = argv[++i];
    else if (arg.startsWith("--db=")) db = arg.slice(5);
    else rest.push(arg);
  }
  if (!["sqlite", "postgres", "both"].includes(db)) {
    console.error(`run-e2e: --db must be sqlite, postgres or both, not ${db}`);
    process.exit(2);
  }
  return { dbs: db === "both" ? ["sqlite", "postgres"] : [db], rest };
}

const required = process.env.CI === "true" || process.env.RUNGS_REQUIRE_POSTGRES === "1";

/** A PostgreSQL server to run on, or null (with the reason printed) when this machine has none. */
async function postgresServer() {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL, stop: () => undefined };
  const { postgresAvailability, startCluster } = await import("../db/test-postgres-cluster.ts");
  const availability = postgresAvailability();
  if (!availability.ok) {
    if (required) {
      console.error(`run-e2e: the PostgreSQL e2e run is required here (CI) but cannot run: ${availability.reason}`);
      process.exit(1);
    }
    console.warn(`\n!!! run-e2e: the PostgreSQL half of the e2e suite is SKIPPED: ${availability.reason}\n`);
    return null;
  }
  const started = Date.now();
  const cluster = await startCluster(availability.bin, { firstPort: Number(process.env.E2E_POSTGRES_PORT || 5533) });
  console.log(`run-e2e: PostgreSQL cluster at ${cluster.url} (started in ${Date.now() - started} ms)`);
  return cluster;
}

async function createDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function playwright(label, env, rest) {
  console.log(`\nrun-e2e: the suite on ${label}\n`);
  const started = Date.now();
  const result = spawnSync("npx", ["playwright", "test", ...rest], { stdio: "inherit", env });
  console.log(`run-e2e: ${label}: ${result.status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status ?? 1;
}

const { dbs, rest } = parseArgs(process.argv.slice(2));
ensureChromium();
if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);

const statuses = [];
for (const db of dbs) {
  const dir = mkdtempSync(join(tmpdir(), "rungs-e2e-"));
  try {
    if (db === "sqlite") {
      statuses.push(playwright("SQLite", { ...process.env, E2E_DATABASE_PATH: join(dir, "e2e.db"), E2E_DATABASE_URL: "" }, rest));
      continue;
    }
    const server = await postgresServer();
    if (!server) continue;
    try {
      const url = await createDatabase(server.url, `rungs_e2e_${process.pid}`);
      // E2E_DATABASE_PATH stays set: specs that start their own server give it a path, unused on PostgreSQL.
      statuses.push(playwright("PostgreSQL", { ...process.env, E2E_DATABASE_PATH: join(dir, "unused.db"), E2E_DATABASE_URL: url }, rest));
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(statuses.some((s) => s !== 0) ? 1 : 0);
