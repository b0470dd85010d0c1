// `npm run bench`: throughput and latency of the app's main routes on a seeded database.
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./app-server.mjs";
import { floorRoot, measureFloorFirstLoadJs, prepareFloor } from "./floor.mjs";
import { describeMachine } from "./machine.mjs";
import { finishMeasurement, measureRow, prepareMeasurement } from "./measurement.mjs";
import { parseOptions } from "./options.mjs";
import { mergeRounds } from "./rounds.mjs";
import { compareRuns, printComparison, printFloor, printRun, writeResults } from "./report.mjs";

const SCALE_SIZES = [1_000, 100_000];
const root = fileURLToPath(new URL("..", import.meta.url));

const options = parseOptions();
ensureBuild(root, options.build);
if (options.floor) ensureBuild(floorRoot(root), options.build);

// With --scale both servers run side by side and each row is measured on one right after the
// other, so a busy spell on a shared machine hits both sizes alike instead of one whole run.
const measurements = [];
const runs = [];
let floor;
try {
  for (const users of options.scale ? SCALE_SIZES : [options.users]) {
    measurements.push(await prepareMeasurement(root, users, options));
  }
  if (options.floor) floor = await prepareFloor(root);
  for (let round = 1; round <= options.rounds; round++) {
    if (options.rounds > 1) console.log(`Round ${round} of ${options.rounds}`);
    for (let row = 0; row < measurements[0].scenarios.length; row++) {
      // Alternate which size goes first: the second of a pair has measured faster here.
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
  for (const measurement of measurements) await measurement.env.close();
  await floor?.env.close();
}

for (const run of runs) printRun(run);
if (floor) printFloor(floor, runs[0]);
const comparison = options.scale ? compareRuns(runs[0], runs[1]) : undefined;
if (comparison) printComparison(runs[0], runs[1], comparison);
const file = writeResults(root, "bench", { date: new Date().toISOString(), machine: describeMachine(), options, runs, comparison, floor: floor && { rows: floor.rows, firstLoadJs: floor.firstLoadJs } });
console.log(`\nResults written to ${file}`);
