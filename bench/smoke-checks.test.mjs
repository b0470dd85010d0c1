import { describe, expect, it } from "vitest";
import { checkBenchResults, checkLighthouseResults } from "./smoke-checks.mjs";

const row = (key, extra = {}) => ({ key, requests: 120, errors: 0, rps: 120, p50Ms: 8, serverCpuMsPerRequest: 3.1, ...extra });
const RUNGS = ["static", "profile", "badge", "notFound", "dashboard", "skills", "levelChange", "levelChange10", "me", "meDashboard"];
const FLOOR = ["floorStatic", "floorDynamic", "floorAction", "floorAction10"];
const firstLoad = (n) => Array.from({ length: n }, (_, i) => ({ route: `/r${i}`, chunks: 8, gzipKb: 140 }));

function benchResults() {
  return {
    options: { floor: true },
    runs: [{ users: 300, rows: RUNGS.map((k) => row(k)), firstLoadJs: firstLoad(7), memory: { peakRssMb: 210 }, views: [{ key: "static", rps: 120, requests: ["document"] }] }],
    floor: { rows: FLOOR.map((k) => row(k)), firstLoadJs: firstLoad(2) },
  };
}

describe("checkBenchResults", () => {
  it("accepts a run where every row answered without errors", () => {
    expect(checkBenchResults(benchResults())).toEqual([]);
  });

  it("reports a row with errors, one with no responses, and a missing row", () => {
    const data = benchResults();
    const rows = data.runs[0].rows;
    rows[4] = row("dashboard", { errors: 4 });
    rows[5] = row("skills", { requests: 0, rps: 0, p50Ms: null });
    rows.splice(6, 1);
    const problems = checkBenchResults(data);
    expect(problems).toContain("300 users dashboard: 4 errors");
    expect(problems).toContain("300 users skills: no responses");
    expect(problems).toContain('300 users: no "levelChange" row');
  });

  it("expects every view to have a rate, unless views were skipped", () => {
    const data = benchResults();
    data.runs[0].views = [{ key: "skills", rps: NaN, requests: ["document", "GET /api/x"] }];
    expect(checkBenchResults(data)).toContain("300 users view skills: no views/s (document + GET /api/x)");
    data.runs[0].views = undefined;
    expect(checkBenchResults(data)).toContain("300 users: no views");
    data.options.views = false;
    expect(checkBenchResults(data)).toEqual([]);
  });

  it("checks the floor only when it was measured", () => {
    const data = benchResults();
    data.floor = undefined;
    expect(checkBenchResults(data)).toContain('floor: no "floorStatic" row');
    data.options.floor = false;
    expect(checkBenchResults(data)).toEqual([]);
  });

  it("reports missing first-load JS and memory figures", () => {
    const data = benchResults();
    data.runs[0].firstLoadJs = firstLoad(6);
    data.runs[0].memory = {};
    expect(checkBenchResults(data)).toEqual(["300 users: 6 first-load JS figures, expected 7", "300 users: no peak RSS"]);
  });

  it("expects every row merged from the rounds asked for", () => {
    const data = benchResults();
    data.options.rounds = 2;
    const merged = (r) => ({ ...r, rounds: 2, rpsSamples: [r.rps, r.rps] });
    data.runs[0].rows = data.runs[0].rows.map(merged);
    data.floor.rows = data.floor.rows.map(merged);
    expect(checkBenchResults(data)).toEqual([]);
    data.runs[0].rows.push(row("static"));
    data.floor.rows[0] = row("floorStatic");
    expect(checkBenchResults(data)).toEqual([
      "300 users static: 2 rows, rounds not merged",
      "floor floorStatic: 1 rounds, expected 2",
    ]);
  });

  it("expects one run per database and process count, and their comparisons", () => {
    const run = (database, processes) => ({ ...benchResults().runs[0], database, processes });
    const data = {
      options: { floor: false, processes: [1, 2], databases: ["sqlite", "postgres"] },
      runs: [run("sqlite", 1), run("sqlite", 2), run("postgres", 1), run("postgres", 2)],
      goals: { processes: [{}, {}], postgres: [{}, {}] },
    };
    expect(checkBenchResults(data)).toEqual([]);
    data.runs[3].rows[0] = row("static", { errors: 2 });
    expect(checkBenchResults(data)).toEqual(["300 users · PostgreSQL · 2 processes static: 2 errors"]);
    data.runs.pop();
    data.goals = { processes: [], postgres: [] };
    expect(checkBenchResults(data)).toEqual([
      "3 runs, expected 4",
      "no run on postgres with 2 processes",
      "no comparison of process counts",
      "no comparison of PostgreSQL with SQLite",
    ]);
  });

  it("reports a results file with no runs", () => {
    expect(checkBenchResults({ runs: [] })).toEqual(["no runs in the bench results"]);
  });
});

describe("checkLighthouseResults", () => {
  const page = (name, scores, cumulativeLayoutShift = 0) => ({ page: name, scores, failedAudits: [{ id: "color-contrast" }], cumulativeLayoutShift });
  const perfect = { performance: 71, accessibility: 100, "best-practices": 100 };
  const names = ["landing", "skills", "dashboard", "profile", "notes", "settings", "skills (visitor)", "dashboard (visitor)", "log in", "sign up", "forgot password"];

  it("accepts any performance score but only 100 for accessibility and best practices", () => {
    const results = names.map((n) => page(n, perfect));
    expect(checkLighthouseResults({ results })).toEqual([]);
    results[1] = page("skills", { ...perfect, accessibility: 96 });
    expect(checkLighthouseResults({ results })).toEqual(["lighthouse skills: accessibility 96 (below 100: color-contrast)"]);
  });

  it("reports pages that were not audited", () => {
    expect(checkLighthouseResults({ results: [page("landing", perfect)] })).toEqual(["lighthouse: 1 pages, expected 11"]);
  });

  it("accepts no layout shift at all, and none unmeasured", () => {
    const results = names.map((n) => page(n, perfect));
    results[7] = page("dashboard (visitor)", perfect, 0.004);
    results[8] = page("log in", perfect, null);
    expect(checkLighthouseResults({ results })).toEqual([
      "lighthouse dashboard (visitor): cumulative layout shift 0.004, expected 0",
      "lighthouse log in: cumulative layout shift not measured, expected 0",
    ]);
  });
});
