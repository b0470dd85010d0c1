// `npm run bench`: throughput and latency of the app's main routes on a seeded database.
import { fileURLToPath } from "node:url";
import { buildApp } from "./app-server.mjs";
import { buildFloor, prepareFloor } from "./floor.mjs";
import { describeMachine } from "./machine.mjs";
import { finishMeasurement, measureRow, prepareMeasurement } from "./measurement.mjs";
import { parseOptions } from "./options.mjs";
import { compareRuns, printComparison, printFloor, printRun, writeResults } from "./report.mjs";

const SCALE_SIZES = [1_000, 100_000];
const root = fileURLToPath(new URL("..", import.meta.url));

const options = parseOptions();
if (options.build) buildApp(root);
if (options.build && options.floor) buildFloor(root);

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
  for (let row = 0; row < measurements[0].scenarios.length; row++) {
    for (const measurement of measurements) await measureRow(measurement, row, options);
    const { key } = measurements[0].scenarios[row];
    for (const [index, scenario] of (floor?.scenarios ?? []).entries()) {
      if (scenario.after === key) await measureRow(floor, index, options);
    }
  }
  while (measurements.length) runs.push(await finishMeasurement(measurements.shift()));
} finally {
  for (const measurement of measurements) await measurement.env.close();
  await floor?.env.close();
}

for (const run of runs) printRun(run);
if (floor) printFloor(floor.rows, runs[0]);
const comparison = options.scale ? compareRuns(runs[0], runs[1]) : undefined;
if (comparison) printComparison(runs[0], runs[1], comparison);
const file = writeResults(root, "bench", { date: new Date().toISOString(), machine: describeMachine(), options, runs, comparison, floor: floor?.rows });
console.log(`\nResults written to ${file}`);
