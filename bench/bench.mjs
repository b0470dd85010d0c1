// `npm run bench`: throughput and latency of the app's main routes on a seeded database.
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./app-server.mjs";
import { startEnvironment } from "./environment.mjs";
import { floorRoot, measureFloorFirstLoadJs, prepareFloor } from "./floor.mjs";
import { checkGoals } from "./goals.mjs";
import { describeMachine } from "./machine.mjs";
import { finishMeasurement, measureRow, prepareMeasurement } from "./measurement.mjs";
import { parseOptions } from "./options.mjs";
import { startBenchCluster } from "./postgres.mjs";
import { mergeRounds } from "./rounds.mjs";
import { buildViews, checkPrefetches, checkViewGoals } from "./views.mjs";
import { discoverViewParts } from "./view-parts.mjs";
import { printViews } from "./view-report.mjs";
import { compareRuns, printComparison, printFloor, printGoals, printRun, writeResults } from "./report.mjs";

const SCALE_SIZES = [1_000, 100_000];
const root = fileURLToPath(new URL("..", import.meta.url));

const options = parseOptions();

/** What each page's view is made of: one load of each in Chromium, on the first environment. */
async function discoverViews(env) {
  console.log("Loading each page once in Chromium to see what its view is made of…");
  const [cookie] = env.cookies;
  return discoverViewParts(env.server.url, [
    { key: "static", path: "/" },
    { key: "profile", path: `/u/${encodeURIComponent(env.handles[0])}` },
    { key: "notFound", path: "/no-such-page/1" },
    { key: "dashboard", path: "/dashboard", cookie },
    { key: "skills", path: "/skills", cookie },
  ]);
}
ensureBuild(root, options.build);
if (options.floor) ensureBuild(floorRoot(root), options.build);

// Every combination of size, database and process count is one run. One environment (a seeded
// database and as many servers as the largest process count) per size and database: the run
// with 1 process loads its first server, the run with 2 its first two, so both measure the same
// data. All run side by side and each row is measured on one right after the other, so a busy
// spell on a shared machine hits every run alike instead of one whole run.
const environments = [];
const measurements = [];
const runs = [];
let postgres;
let floor;
let viewParts;
try {
  if (options.databases.includes("postgres")) postgres = await startBenchCluster();
  const processes = Math.max(...options.processes);
  for (const users of options.scale ? SCALE_SIZES : [options.users]) {
    for (const database of options.databases) {
      const env = await startEnvironment(root, { users, seed: options.seed, database, processes, postgres });
      environments.push(env);
      for (const count of options.processes) measurements.push(await prepareMeasurement(root, env, { users, processes: count, rows: options.rows }));
      if (options.views && !viewParts) viewParts = await discoverViews(env);
    }
  }
  if (options.floor) floor = await prepareFloor(root);
  for (let round = 1; round <= options.rounds; round++) {
    if (options.rounds > 1) console.log(`Round ${round} of ${options.rounds}`);
    for (let row = 0; row < measurements[0].scenarios.length; row++) {
      // Alternate the order: the second of a pair has measured faster here.
      const order = round % 2 ? measurements : [...measurements].reverse();
      for (const measurement of order) await measureRow(measurement, row, options);
      const { key } = measurements[0].scenarios[row];
      for (const [index, scenario] of (floor?.scenarios ?? []).entries()) {
        if (scenario.after === key) await measureRow(floor, index, options);
      }
    }
  }
  if (floor) {
    floor.rows = mergeRounds(floor.rows);
    floor.firstLoadJs = await measureFloorFirstLoadJs(root, floor);
  }
  while (measurements.length) runs.push(await finishMeasurement(measurements.shift()));
} finally {
  for (const measurement of measurements) measurement.memory.stop();
  for (const env of environments) await env.close();
  await floor?.env.close();
  await postgres?.stop();
}

for (const run of runs) printRun(run);
if (floor) printFloor(floor, runs[0]);
// --scale: each database and process count at 100,000 users against itself at 1,000.
const comparisons = options.scale
  ? runs.filter((r) => r.users === SCALE_SIZES[0]).map((small) => {
      const large = runs.find((r) => r.users === SCALE_SIZES[1] && r.database === small.database && r.processes === small.processes);
      return { small, large, rows: compareRuns(small, large) };
    })
  : [];
for (const { small, large, rows } of comparisons) printComparison(small, large, rows);
const machine = describeMachine();
const goals = checkGoals(runs, machine.cores);
printGoals(goals);
// Issue 17: views (document plus the page's own data requests) and their goals, per run.
if (viewParts) {
  const floorAction = floor?.rows.find((r) => r.key === "floorAction");
  for (const run of runs) {
    run.views = buildViews(viewParts, run.rows);
    run.viewGoals = checkViewGoals(run.views, { levelChange: run.rows.find((r) => r.key === "levelChange"), floorAction });
    run.prefetchChecks = Object.entries(viewParts).map(([key, parts]) => checkPrefetches(key, parts.prefetches));
    printViews(run, viewParts);
  }
}
const file = writeResults(root, "bench", {
  date: new Date().toISOString(),
  machine,
  options,
  runs,
  comparison: comparisons.map(({ small, rows }) => ({ database: small.database, processes: small.processes, rows })),
  goals,
  viewParts,
  floor: floor && { rows: floor.rows, firstLoadJs: floor.firstLoadJs },
});
console.log(`\nResults written to ${file}`);
