import { loadavg } from "node:os";
import { checkAction, findActionId } from "./action-id.mjs";
import { measureFirstLoadJs } from "./first-load-js.mjs";
import { measure } from "./load.mjs";
import { describeRun } from "./report.mjs";
import { mergeRounds } from "./rounds.mjs";
import { buildScenarios } from "./scenarios.mjs";
import { cpuSeconds, startRssMonitor } from "./server-process.mjs";

/**
 * One run: the first `processes` servers of a started environment (see startEnvironment), loaded
 * together. Several runs may share an environment, so 1 and 2 processes measure the same
 * database and the same warm servers; the rows are then measured one by one with measureRow.
 */
export async function prepareMeasurement(root, env, { users, processes, rows = null }) {
  const servers = env.servers.slice(0, processes);
  if (servers.length !== processes) throw new Error(`${processes} processes asked, ${env.servers.length} started`);
  const actionId = await findActionId(root, servers[0].url, env.cookies[0]);
  // Every server, so a cookie or an action id that only one of them takes fails before any load.
  for (const server of servers) await checkAction(server.url, actionId, env.cookies[0], "git");
  const all = buildScenarios({ random: env.random, handles: env.handles, cookies: env.cookies, actionId });
  const unknown = (rows ?? []).filter((key) => !all.some((s) => s.key === key));
  if (unknown.length) throw new Error(`--rows: no row ${unknown.join(", ")} (rows: ${all.map((s) => s.key).join(", ")})`);
  const scenarios = rows ? all.filter((s) => rows.includes(s.key)) : all;
  const memory = startRssMonitor(servers.map((s) => s.pid));
  return {
    root,
    users,
    database: env.database,
    processes,
    env,
    servers,
    memory,
    actionId,
    scenarios,
    rows: [],
    startupRssMb: memory.takePeakMb(),
    // Other work on the machine skews every figure: keep how busy it was with them.
    loadBefore: loadavg(),
  };
}

export async function measureRow(measurement, index, options) {
  const { servers, memory, scenarios } = measurement;
  const scenario = scenarios[index];
  const connections = scenario.connections ?? options.connections;
  console.log(`  ${describeRun(measurement)} · ${scenario.label}: ${connections} connections, ${options.warmup} s warm-up + ${options.duration} s…`);
  memory.takePeakMb();
  const pids = servers.map((s) => s.pid);
  const result = await measure(
    servers.map((s) => s.url),
    scenario,
    {
      connections,
      duration: options.duration,
      warmup: options.warmup,
      cpuSeconds: () => cpuSeconds(pids),
      databaseCpuSeconds: measurement.env.databasePid ? () => cpuSeconds(measurement.env.databasePid) : undefined,
    },
  );
  for (const server of servers) server.assertRunning();
  measurement.rows.push({ key: scenario.key, label: scenario.label, ...result, peakRssMb: memory.takePeakMb() });
}

/** Collects memory and first-load JS; the environment is closed by whoever started it. */
export async function finishMeasurement(measurement) {
  const { root, users, database, processes, env, servers, memory, actionId, rows, startupRssMb, loadBefore } = measurement;
  const loadAfter = loadavg();
  const [signedIn] = env.cookies;
  const firstLoadJs = await measureFirstLoadJs(root, servers[0].url, [
    { route: "/", path: "/" },
    { route: "/login", path: "/login" },
    { route: "/signup", path: "/signup" },
    { route: "/u/[handle]", path: `/u/${env.handles[0]}` },
    { route: "/dashboard", path: "/dashboard", cookie: signedIn },
    { route: "/skills", path: "/skills", cookie: signedIn },
    { route: "/settings", path: "/settings", cookie: signedIn },
  ]);
  return {
    users,
    database,
    processes,
    seed: env.seed,
    actionId,
    loadBefore,
    loadAfter,
    rows: mergeRounds(rows),
    memory: { startupRssMb, ...memory.stop() },
    firstLoadJs,
  };
}
