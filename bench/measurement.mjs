import { loadavg } from "node:os";
import { checkAction, findActionId } from "./action-id.mjs";
import { startEnvironment } from "./environment.mjs";
import { measureFirstLoadJs } from "./first-load-js.mjs";
import { measure } from "./load.mjs";
import { mergeRounds } from "./rounds.mjs";
import { buildScenarios } from "./scenarios.mjs";
import { cpuSeconds } from "./server-process.mjs";

/** Seeds, starts and signs in; the rows are then measured one by one with measureRow. */
export async function prepareMeasurement(root, users, options) {
  const env = await startEnvironment(root, { users, seed: options.seed });
  try {
    const { url } = env.server;
    const actionId = await findActionId(root, url, env.cookies[0]);
    await checkAction(url, actionId, env.cookies[0], "git");
    const scenarios = buildScenarios({ baseUrl: url, random: env.random, handles: env.handles, cookies: env.cookies, actionId });
    return {
      root,
      users,
      env,
      actionId,
      scenarios,
      rows: [],
      startupRssMb: env.memory.takePeakMb(),
      // Other work on the machine skews every figure: keep how busy it was with them.
      loadBefore: loadavg(),
    };
  } catch (error) {
    await env.close();
    throw error;
  }
}

export async function measureRow(measurement, index, options) {
  const { env, scenarios, users } = measurement;
  const scenario = scenarios[index];
  const connections = scenario.connections ?? options.connections;
  const who = typeof users === "number" ? `${users.toLocaleString("en")} users` : users;
  console.log(`  ${who} · ${scenario.label}: ${connections} connections, ${options.warmup} s warm-up + ${options.duration} s…`);
  env.memory.takePeakMb();
  const result = await measure(env.server.url, scenario, {
    connections,
    duration: options.duration,
    warmup: options.warmup,
    cpuSeconds: () => cpuSeconds(env.server.pid),
  });
  env.server.assertRunning();
  measurement.rows.push({ key: scenario.key, label: scenario.label, ...result, peakRssMb: env.memory.takePeakMb() });
}

/** Collects memory and first-load JS, then stops the server and deletes the database. */
export async function finishMeasurement(measurement) {
  const { root, users, env, actionId, rows, startupRssMb, loadBefore } = measurement;
  const loadAfter = loadavg();
  try {
    const memory = { startupRssMb, ...env.memory.stop() };
    const [signedIn] = env.cookies;
    const firstLoadJs = await measureFirstLoadJs(root, env.server.url, [
      { route: "/", path: "/" },
      { route: "/login", path: "/login" },
      { route: "/signup", path: "/signup" },
      { route: "/u/[handle]", path: `/u/${env.handles[0]}` },
      { route: "/dashboard", path: "/dashboard", cookie: signedIn },
      { route: "/skills", path: "/skills", cookie: signedIn },
      { route: "/settings", path: "/settings", cookie: signedIn },
    ]);
    return { users, seed: env.seed, actionId, loadBefore, loadAfter, rows: mergeRounds(rows), memory, firstLoadJs };
  } finally {
    await env.close();
  }
}
