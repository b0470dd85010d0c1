import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
const loadAverage = (l) => l.map((v) => v.toFixed(1)).join(" ");
const percent = (ratio) => (Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : "-");

const DATABASE_NAMES = { sqlite: "SQLite", postgres: "PostgreSQL" };
const processCount = (n) => `${n} process${n === 1 ? "" : "es"}`;

/** "10,000 users · SQLite · 2 processes": which run a row or table belongs to. */
export function describeRun({ users, database, processes }) {
  const who = typeof users === "number" ? `${users.toLocaleString("en")} users` : users;
  if (!database) return who;
  return `${who} · ${DATABASE_NAMES[database] ?? database} · ${processCount(processes)}`;
}

export function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

export function printRun(run) {
  const rounds = run.rows[0]?.rounds ? `, median of ${run.rows[0].rounds} rounds` : "";
  console.log(`\n== ${describeRun(run)}, ${run.rows[0]?.durationS ?? "?"} s per row${rounds} ==`);
  console.log(`Machine load average (1, 5, 15 min) before: ${loadAverage(run.loadBefore)}, after: ${loadAverage(run.loadAfter)}`);
  const staticRps = run.rows.find((r) => r.key === "static")?.rps;
  // Where the rest of the cores went: PostgreSQL's processes (on PostgreSQL) and the load generator.
  const database = run.rows.some((r) => Number.isFinite(r.databaseCpuMsPerRequest));
  printTable(
    ["row", "conn", "req/s", "p50 ms", "p99 ms", "errors", "vs static", "server CPU ms/req", ...(database ? ["DB CPU ms/req"] : []), "bench CPU ms/req", "peak RSS MB"],
    run.rows.map((r) => [
      r.label,
      r.connections,
      fixed(r.rps),
      fixed(r.p50Ms, 1),
      fixed(r.p99Ms, 1),
      r.errors,
      percent(r.rps / staticRps),
      fixed(r.serverCpuMsPerRequest, 2),
      ...(database ? [fixed(r.databaseCpuMsPerRequest, 2)] : []),
      fixed(r.clientCpuMsPerRequest, 2),
      fixed(r.peakRssMb),
    ]),
  );
  const { peakRssMb, peakHwmMb, startupRssMb } = run.memory;
  const summed = run.processes > 1 ? ` (all ${run.processes} processes together)` : "";
  console.log(`\nServer peak RSS${summed}: ${fixed(peakRssMb)} MB (summed VmHWM ${fixed(peakHwmMb)} MB; ${fixed(startupRssMb)} MB before the load)`);
  console.log("\nFirst-load JS (gzip):");
  printTable(
    ["route", "chunks", "kB"],
    run.firstLoadJs.map((r) => [r.route, r.chunks, fixed(r.gzipKb, 1)]),
  );
}

/** Large over small: 100% means no slower with 100 times the users. */
export function compareRuns(small, large) {
  return large.rows.map((row) => {
    const base = small.rows.find((r) => r.key === row.key);
    return {
      key: row.key,
      label: row.label,
      rpsRatio: row.rps / base.rps,
      p50Ratio: row.p50Ms / base.p50Ms,
      cpuPerRequestRatio: row.serverCpuMsPerRequest / base.serverCpuMsPerRequest,
    };
  });
}

export function printComparison(small, large, comparison) {
  const setup = small.database ? ` (${DATABASE_NAMES[small.database]}, ${processCount(small.processes)})` : "";
  console.log(`\n== ${large.users.toLocaleString("en")} users vs ${small.users.toLocaleString("en")} users${setup} ==`);
  printTable(
    ["row", "req/s small", "req/s large", "req/s ratio", "p50 ratio", "CPU/req ratio"],
    comparison.map((c) => {
      const s = small.rows.find((r) => r.key === c.key);
      const l = large.rows.find((r) => r.key === c.key);
      return [c.label, fixed(s.rps), fixed(l.rps), percent(c.rpsRatio), percent(c.p50Ratio), percent(c.cpuPerRequestRatio)];
    }),
  );
}

const times = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "-");
const verdict = (met) => (met === null ? "" : met ? "met" : "NOT met");

/** The goals of many processes and PostgreSQL (bench/goals.mjs), one table per comparison. */
export function printGoals({ processes, postgres, latency }) {
  for (const c of processes) {
    console.log(`\n== ${processCount(c.processes)} vs ${c.baseProcesses}: ${c.users.toLocaleString("en")} users, ${DATABASE_NAMES[c.database]} ==`);
    printTable(
      ["row", `req/s ×${c.baseProcesses}`, `req/s ×${c.processes}`, "ratio", "goal", "", `cores busy ×${c.baseProcesses}`, "CPU ceiling"],
      c.rows.map((r) => [r.label, fixed(r.baseRps), fixed(r.rps), times(r.ratio), r.goal ? `≥${r.goal}×` : "", verdict(r.met), fixed(r.baseCores, 2), times(r.ceiling)]),
    );
    console.log("(cores busy: app + PostgreSQL + load generator; CPU ceiling: the machine's cores over those, the most more processes could give at the same CPU per request)");
  }
  for (const c of postgres) {
    console.log(`\n== PostgreSQL vs SQLite: ${c.users.toLocaleString("en")} users, ${processCount(c.processes)} ==`);
    printTable(
      ["row", "req/s SQLite", "req/s PostgreSQL", "PostgreSQL/SQLite", "goal", ""],
      c.rows.map((r) => [r.label, fixed(r.baseRps), fixed(r.rps), percent(r.ratio), r.goal ? `≥${percent(r.goal)}` : "", verdict(r.met)]),
    );
  }
  if (latency.some((l) => l.goal !== null)) {
    console.log("\n== Level change at 10 connections ==");
    printTable(
      ["run", "req/s", "p50 ms", "goal", ""],
      latency.map((l) => [describeRun(l), fixed(l.rps), fixed(l.p50Ms, 1), l.goal ? `≤${l.goal} ms` : "", verdict(l.met)]),
    );
  }
}

export function writeResults(root, name, data) {
  const dir = join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

// Which bare-app row does the same kind of work as each Rungs row. Skills and Dashboard are cached
// shells (issue 17): their per-request work is the JSON read, the nearest floor a page per request.
const FLOOR_PAIRS = [
  ["static", "floorStatic"],
  ["dashboard", "floorStatic"],
  ["skills", "floorStatic"],
  ["me", "floorDynamic"],
  ["meDashboard", "floorDynamic"],
  ["levelChange", "floorAction"],
  ["levelChange10", "floorAction10"],
];

/** The bare app's rows, then each Rungs row's cost next to the bare app's for the same kind of work. */
export function printFloor({ rows: floorRows, firstLoadJs }, run) {
  const byKey = (rows, key) => rows.find((r) => r.key === key);
  const floorStatic = byKey(floorRows, "floorStatic")?.rps;
  console.log("\n== Framework floor: a bare Next.js app on the same versions (bench/floor-app) ==");
  printTable(
    ["row", "conn", "req/s", "p50 ms", "p99 ms", "errors", "vs its static", "server CPU ms/req"],
    floorRows.map((r) => [r.label, r.connections, fixed(r.rps), fixed(r.p50Ms, 1), fixed(r.p99Ms, 1), r.errors, percent(r.rps / floorStatic), fixed(r.serverCpuMsPerRequest, 2)]),
  );
  console.log(`\nRungs against the floor (${describeRun(run)}):`);
  printTable(
    ["Rungs row", "CPU ms/req", "floor CPU ms/req", "over the floor", "req/s vs floor"],
    FLOOR_PAIRS.flatMap(([key, floorKey]) => {
      const rungs = byKey(run.rows, key);
      const floor = byKey(floorRows, floorKey);
      if (!rungs || !floor) return [];
      return [[
        rungs.label,
        fixed(rungs.serverCpuMsPerRequest, 2),
        fixed(floor.serverCpuMsPerRequest, 2),
        fixed(rungs.serverCpuMsPerRequest - floor.serverCpuMsPerRequest, 2),
        percent(rungs.rps / floor.rps),
      ]];
    }),
  );
  const floorJs = firstLoadJs[0]?.gzipKb;
  console.log(`\nFirst-load JS (gzip) of the bare app: ${firstLoadJs.map((r) => `${r.route} ${fixed(r.gzipKb, 1)} kB`).join(", ")}. Rungs' routes over its static page:`);
  printTable(
    ["route", "kB", "over the floor"],
    run.firstLoadJs.map((r) => [r.route, fixed(r.gzipKb, 1), fixed(r.gzipKb - floorJs, 1)]),
  );
}
