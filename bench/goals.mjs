// Issue 14's goals for many processes and PostgreSQL, checked on the runs of one `npm run bench`.
// Pure: takes the runs (as written to bench/results) and returns the comparisons.

// Since issue 17 the Skills and Dashboard documents are cached shells, the same for everyone; their
// per-request, signed-in parts are the rows `me` and `meDashboard` (GET /api/me, ?view=dashboard).
/** Rows that must scale: 2 processes give at least this many times the requests/s of 1. */
export const SCALING_GOAL = { rows: ["dashboard", "skills", "me", "meDashboard", "levelChange"], from: 1, to: 2, ratio: 1.6 };
/** The level change at 10 connections: p50 at most this, with this many processes. */
export const LATENCY_GOAL = { row: "levelChange10", processes: 2, p50Ms: 25 };
/** Signed-in rows: PostgreSQL gives at least this share of SQLite's requests/s, same process count. */
export const POSTGRES_GOAL = { rows: ["dashboard", "skills", "me", "meDashboard", "levelChange", "levelChange10"], ratio: 0.7 };

const sameSetup = (a, b) => a.users === b.users && a.database === b.database;
const byKey = (run, key) => run.rows.find((r) => r.key === key);

function pairRows(base, run, goalFor, extra = () => ({})) {
  return run.rows.flatMap((row) => {
    const before = byKey(base, row.key);
    if (!before) return [];
    // A base row that never answered gives no ratio, not an infinitely good one.
    const ratio = before.rps > 0 ? row.rps / before.rps : NaN;
    const goal = goalFor(row.key);
    return [{ key: row.key, label: row.label, baseRps: before.rps, rps: row.rps, ratio, goal, met: goal === null ? null : ratio >= goal, ...extra(before) }];
  });
}

/**
 * The cores a row kept busy: the app's processes, PostgreSQL's and the load generator's CPU per
 * request times requests/s. One Node process uses more than one core (GC and compiler threads), so
 * on a small machine this, not the code, bounds what more processes can give.
 */
export function coresUsed(row) {
  const msPerRequest = [row.serverCpuMsPerRequest, row.databaseCpuMsPerRequest, row.clientCpuMsPerRequest].filter(Number.isFinite);
  if (msPerRequest.length === 0 || !(row.rps > 0)) return NaN;
  return (msPerRequest.reduce((a, b) => a + b, 0) * row.rps) / 1000;
}

/** The most more processes could give if each request cost the same CPU: the machine's cores over those the base run used. */
export function cpuCeiling(baseRow, cores) {
  const used = coresUsed(baseRow);
  return cores > 0 && used > 0 ? cores / used : NaN;
}

/** Each run with more processes than the fewest measured, against that run (same users and database); `cores`: the machine's. */
export function compareProcesses(runs, cores = NaN) {
  return runs.flatMap((run) => {
    const fewest = runs.filter((r) => sameSetup(r, run)).sort((a, b) => a.processes - b.processes)[0];
    if (fewest === run) return [];
    const scored = fewest.processes === SCALING_GOAL.from && run.processes === SCALING_GOAL.to;
    const goalFor = (key) => (scored && SCALING_GOAL.rows.includes(key) ? SCALING_GOAL.ratio : null);
    return [{ users: run.users, database: run.database, baseProcesses: fewest.processes, processes: run.processes, rows: pairRows(fewest, run, goalFor, (before) => ({ baseCores: coresUsed(before), ceiling: cpuCeiling(before, cores) })) }];
  });
}

/** Each PostgreSQL run against the SQLite run with the same users and process count. */
export function comparePostgres(runs) {
  return runs.flatMap((run) => {
    if (run.database !== "postgres") return [];
    const sqlite = runs.find((r) => r.database === "sqlite" && r.users === run.users && r.processes === run.processes);
    if (!sqlite) return [];
    const goalFor = (key) => (POSTGRES_GOAL.rows.includes(key) ? POSTGRES_GOAL.ratio : null);
    return [{ users: run.users, processes: run.processes, rows: pairRows(sqlite, run, goalFor) }];
  });
}

/** The level change's p50 at 10 connections in every run; the goal applies with 2 processes. */
export function levelChangeLatency(runs) {
  return runs.flatMap((run) => {
    const row = byKey(run, LATENCY_GOAL.row);
    if (!row) return [];
    const scored = run.processes === LATENCY_GOAL.processes;
    const goal = scored ? LATENCY_GOAL.p50Ms : null;
    return [{ users: run.users, database: run.database, processes: run.processes, p50Ms: row.p50Ms, rps: row.rps, goal, met: scored ? Number.isFinite(row.p50Ms) && row.p50Ms <= goal : null }];
  });
}

/** All three, for the report and the results file; empty lists where the runs do not allow one. */
export function checkGoals(runs, cores = NaN) {
  return { processes: compareProcesses(runs, cores), postgres: comparePostgres(runs), latency: levelChangeLatency(runs) };
}
