// `npm run test:bench`: runs `npm run bench` and `npm run lighthouse` briefly and checks that
// every row measured something without errors. Speed is never asserted here: the figures of a one
// second run on a shared machine mean nothing; that the bench still works does.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkBenchResults, checkLighthouseResults } from "./smoke-checks.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const TSX = ["--import", "tsx"];

function runScript(script, args) {
  console.log(`\n$ ${script} ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [...TSX, script, ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(result.stdout ?? "");
  if (result.status !== 0) throw new Error(`${script} exited with ${result.status}`);
  const file = result.stdout.match(/^Results written to (.+)$/m)?.[1];
  if (!file) throw new Error(`${script} did not say where it wrote its results`);
  return JSON.parse(readFileSync(file, "utf8"));
}

const problems = [
  ...checkBenchResults(runScript("bench/bench.mjs", ["--no-build", "--users", "300", "--duration", "1", "--warmup", "1", "--connections", "4", "--rounds", "2"])),
  ...checkLighthouseResults(runScript("bench/lighthouse.mjs", ["--no-build", "--users", "50"])),
];
if (problems.length) {
  console.error(`\nBench smoke test failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("\nBench smoke test passed: every row and page was measured.");
