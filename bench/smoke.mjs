// `npm run test:bench`: runs `npm run bench` and `npm run lighthouse` briefly and checks that
// every row measured something without errors. Speed is never asserted here: the figures of a one
// second run on a shared machine mean nothing; that the bench still works does.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { postgresAvailability } from "../db/test-postgres-cluster.ts";
import { checkBenchResults, checkLighthouseResults } from "./smoke-checks.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const TSX = ["--import", "tsx"];
const BRIEF = ["--no-build", "--duration", "1", "--warmup", "1", "--connections", "4"];

function runScript(script, args) {
  console.log(`\n$ ${script} ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [...TSX, script, ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(result.stdout ?? "");
  if (result.status !== 0) throw new Error(`${script} exited with ${result.status}`);
  const file = result.stdout.match(/^Results written to (.+)$/m)?.[1];
  if (!file) throw new Error(`${script} did not say where it wrote its results`);
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Two app processes on one PostgreSQL database, beside one: the new modes in one short run
 * (about 40 s), without the floor and with one round. Skipped, and said so, where PostgreSQL is
 * not installed, except in CI, which must run it.
 */
function scaledOutSmoke() {
  const postgres = postgresAvailability();
  if (postgres.ok && postgres.bin) return checkBenchResults(runScript("bench/bench.mjs", [...BRIEF, "--no-floor", "--users", "100", "--processes", "1,2", "--db", "postgres"]));
  const reason = postgres.ok ? "TEST_POSTGRES_URL is set; the bench starts its own cluster" : postgres.reason;
  if (process.env.CI === "true" || process.env.RUNGS_REQUIRE_POSTGRES === "1") return [`the PostgreSQL bench smoke is required here but cannot run: ${reason}`];
  console.warn(`\n!!! The PostgreSQL / 2-process bench smoke is SKIPPED: ${reason}`);
  return [];
}

const problems = [
  ...checkBenchResults(runScript("bench/bench.mjs", [...BRIEF, "--users", "300", "--rounds", "2"])),
  ...scaledOutSmoke(),
  ...checkLighthouseResults(runScript("bench/lighthouse.mjs", ["--no-build", "--users", "50"])),
];
if (problems.length) {
  console.error(`\nBench smoke test failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("\nBench smoke test passed: every row and page was measured.");
