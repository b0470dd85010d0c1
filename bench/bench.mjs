// `npm run bench`: throughput and latency of the app's main routes on a seeded database.
import { fileURLToPath } from "node:url";
import { checkAction, findActionId } from "./action-id.mjs";
import { buildApp } from "./app-server.mjs";
import { startEnvironment } from "./environment.mjs";
import { measureFirstLoadJs } from "./first-load-js.mjs";
import { measure } from "./load.mjs";
import { describeMachine } from "./machine.mjs";
import { parseOptions } from "./options.mjs";
import { compareRuns, printComparison, printRun, writeResults } from "./report.mjs";
import { buildScenarios } from "./scenarios.mjs";

const SCALE_SIZES = [1_000, 100_000];
const root = fileURLToPath(new URL("..", import.meta.url));

async function measureAt(users, options) {
  const env = await startEnvironment(root, { users, seed: options.seed });
  try {
    const { url } = env.server;
    const actionId = await findActionId(root, url, env.cookies[0]);
    await checkAction(url, actionId, env.cookies[0], "git");
    const scenarios = buildScenarios({ baseUrl: url, random: env.random, handles: env.handles, cookies: env.cookies, actionId });
    const rows = [];
    for (const scenario of scenarios) {
      const connections = scenario.connections ?? options.connections;
      console.log(`  ${scenario.label}: ${connections} connections, ${options.warmup} s warm-up + ${options.duration} s…`);
      const result = await measure(url, scenario, { connections, duration: options.duration, warmup: options.warmup });
      env.server.assertRunning();
      rows.push({ key: scenario.key, label: scenario.label, ...result });
    }
    const memory = env.memory.stop();
    const [signedIn] = env.cookies;
    const firstLoadJs = await measureFirstLoadJs(root, url, [
      { route: "/", path: "/" },
      { route: "/login", path: "/login" },
      { route: "/signup", path: "/signup" },
      { route: "/u/[handle]", path: `/u/${env.handles[0]}` },
      { route: "/dashboard", path: "/dashboard", cookie: signedIn },
      { route: "/skills", path: "/skills", cookie: signedIn },
      { route: "/settings", path: "/settings", cookie: signedIn },
    ]);
    return { users, seed: env.seed, actionId, rows, memory, firstLoadJs };
  } finally {
    await env.close();
  }
}

const options = parseOptions();
if (options.build) buildApp(root);
const runs = [];
for (const users of options.scale ? SCALE_SIZES : [options.users]) {
  const run = await measureAt(users, options);
  printRun(run);
  runs.push(run);
}
const comparison = options.scale ? compareRuns(runs[0], runs[1]) : undefined;
if (comparison) printComparison(runs[0], runs[1], comparison);
const file = writeResults(root, "bench", { date: new Date().toISOString(), machine: describeMachine(), options, runs, comparison });
console.log(`\nResults written to ${file}`);
