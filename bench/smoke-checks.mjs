import { describeRun } from "./report.mjs";

const RUNGS_ROWS = ["static", "profile", "badge", "notFound", "dashboard", "skills", "me", "meDashboard", "levelChange", "levelChange10"];
const FLOOR_ROWS = ["floorStatic", "floorDynamic", "floorAction", "floorAction10"];
const FIRST_LOAD_ROUTES = 7;
const LIGHTHOUSE_PAGES = 11;

const isPositive = (value) => Number.isFinite(value) && value > 0;

function checkRows(where, rows, keys, rounds = 1) {
  const problems = [];
  for (const key of keys) {
    const matching = rows?.filter((r) => r.key === key) ?? [];
    const row = matching[0];
    if (!row) {
      problems.push(`${where}: no "${key}" row`);
      continue;
    }
    if (matching.length > 1) problems.push(`${where} ${key}: ${matching.length} rows, rounds not merged`);
    if ((row.rounds ?? 1) !== rounds) problems.push(`${where} ${key}: ${row.rounds ?? 1} rounds, expected ${rounds}`);
    if (!(row.requests > 0)) problems.push(`${where} ${key}: no responses`);
    if (row.errors !== 0) problems.push(`${where} ${key}: ${row.errors} errors`);
    if (!isPositive(row.rps) || !Number.isFinite(row.p50Ms) || !isPositive(row.serverCpuMsPerRequest)) {
      problems.push(`${where} ${key}: missing figures (req/s ${row.rps}, p50 ${row.p50Ms}, CPU ${row.serverCpuMsPerRequest})`);
    }
  }
  return problems;
}

function checkFirstLoad(where, entries, count) {
  if (entries?.length !== count) return [`${where}: ${entries?.length ?? 0} first-load JS figures, expected ${count}`];
  return entries.filter((e) => !(e.chunks > 0) || !isPositive(e.gzipKb)).map((e) => `${where} ${e.route}: no first-load JS measured`);
}

/** What is wrong with a `npm run bench` results file; empty when every row was measured cleanly. */
export function checkBenchResults(data) {
  if (!data.runs?.length) return ["no runs in the bench results"];
  const rounds = data.options?.rounds ?? 1;
  const problems = data.runs.flatMap((run) => [
    ...checkRows(describeRun(run), run.rows, RUNGS_ROWS, rounds),
    ...checkFirstLoad(describeRun(run), run.firstLoadJs, FIRST_LOAD_ROUTES),
    ...(isPositive(run.memory?.peakRssMb) ? [] : [`${describeRun(run)}: no peak RSS`]),
  ]);
  // One run per database and process count asked for (per size with --scale).
  const { databases = ["sqlite"], processes = [1], scale } = data.options ?? {};
  const expected = databases.length * processes.length * (scale ? 2 : 1);
  if (data.runs.length !== expected) problems.push(`${data.runs.length} runs, expected ${expected}`);
  for (const database of databases) {
    for (const count of processes) {
      if (!data.runs.some((r) => (r.database ?? "sqlite") === database && (r.processes ?? 1) === count)) {
        problems.push(`no run on ${database} with ${count} processes`);
      }
    }
  }
  // Issue 17's views: each page's rate from what one load in Chromium showed it is made of.
  if (data.options?.views !== false) {
    for (const run of data.runs) {
      const views = run.views ?? [];
      if (views.length === 0) problems.push(`${describeRun(run)}: no views`);
      for (const view of views) if (!isPositive(view.rps)) problems.push(`${describeRun(run)} view ${view.key}: no views/s (${view.requests?.join(" + ")})`);
    }
  }
  if (processes.length > 1 && !data.goals?.processes?.length) problems.push("no comparison of process counts");
  if (databases.length > 1 && !data.goals?.postgres?.length) problems.push("no comparison of PostgreSQL with SQLite");
  if (data.options?.floor) {
    problems.push(...checkRows("floor", data.floor?.rows, FLOOR_ROWS, rounds), ...checkFirstLoad("floor", data.floor?.firstLoadJs, 2));
  }
  return problems;
}

/**
 * What is wrong with a `npm run lighthouse` results file. Accessibility and best practices do not
 * depend on the machine's speed, so anything under 100 is a regression, and neither does layout
 * shift (the pages reserve their room), so anything above 0 is one too; performance is not checked.
 */
export function checkLighthouseResults(data) {
  const results = data.results ?? [];
  if (results.length !== LIGHTHOUSE_PAGES) return [`lighthouse: ${results.length} pages, expected ${LIGHTHOUSE_PAGES}`];
  return results.flatMap(({ page, scores, failedAudits, cumulativeLayoutShift }) => {
    const problems = [];
    if (!Number.isFinite(scores?.performance)) problems.push(`lighthouse ${page}: no performance score`);
    if (cumulativeLayoutShift !== 0) problems.push(`lighthouse ${page}: cumulative layout shift ${cumulativeLayoutShift ?? "not measured"}, expected 0`);
    for (const category of ["accessibility", "best-practices"]) {
      if (scores?.[category] !== 100) {
        const audits = (failedAudits ?? []).map((a) => a.id).join(", ");
        problems.push(`lighthouse ${page}: ${category} ${scores?.[category]} (below 100: ${audits || "none listed"})`);
      }
    }
    return problems;
  });
}
