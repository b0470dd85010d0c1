import { describe, expect, it } from "vitest";
import { checkGoals, compareProcesses, comparePostgres, coresUsed, cpuCeiling, levelChangeLatency } from "./goals.mjs";

const KEYS = ["static", "dashboard", "skills", "levelChange", "levelChange10"];
// rps of each row in KEYS order, and the level change's p50 at 10 connections.
const run = (database, processes, rps, p50 = 40) => ({
  users: 10_000,
  database,
  processes,
  rows: KEYS.map((key, i) => ({ key, label: key, rps: rps[i], p50Ms: key === "levelChange10" ? p50 : 10 })),
});

describe("compareProcesses", () => {
  it("divides each row of 2 processes by the same row of 1, and scores the three goal rows", () => {
    const [c] = compareProcesses([run("sqlite", 1, [300, 30, 50, 100, 120]), run("sqlite", 2, [450, 51, 75, 170, 200])]);
    expect(c).toMatchObject({ users: 10_000, database: "sqlite", baseProcesses: 1, processes: 2 });
    const byKey = Object.fromEntries(c.rows.map((r) => [r.key, r]));
    expect(byKey.static).toMatchObject({ baseRps: 300, rps: 450, ratio: 1.5, goal: null, met: null });
    expect(byKey.dashboard).toMatchObject({ ratio: 1.7, goal: 1.6, met: true });
    expect(byKey.skills).toMatchObject({ ratio: 1.5, goal: 1.6, met: false });
    expect(byKey.levelChange.met).toBe(true);
    expect(byKey.levelChange10.goal).toBeNull();
  });

  it("pairs runs of the same database only, against its fewest processes, scoring only 2 against 1", () => {
    const runs = [run("sqlite", 1, [1, 1, 1, 1, 1]), run("postgres", 1, [2, 2, 2, 2, 2]), run("postgres", 2, [4, 4, 4, 4, 4]), run("postgres", 4, [8, 8, 8, 8, 8])];
    const [pg2, pg4] = compareProcesses(runs);
    expect(pg2).toMatchObject({ database: "postgres", baseProcesses: 1, processes: 2 });
    expect(pg2.rows.every((r) => r.ratio === 2)).toBe(true);
    expect(pg4).toMatchObject({ baseProcesses: 1, processes: 4 });
    expect(pg4.rows.every((r) => r.goal === null)).toBe(true);
    expect(compareProcesses([run("sqlite", 2, [1, 1, 1, 1, 1])])).toEqual([]);
  });

  it("meets no goal against a row that never answered", () => {
    const [c] = compareProcesses([run("sqlite", 1, [1, 0, 1, 1, 1]), run("sqlite", 2, [1, 3, 1, 1, 1])]);
    expect(c.rows.find((r) => r.key === "dashboard")).toMatchObject({ ratio: NaN, met: false });
  });
});

describe("cpuCeiling", () => {
  it("counts the app's, PostgreSQL's and the load generator's CPU as busy cores", () => {
    const row = { rps: 300, serverCpuMsPerRequest: 4, databaseCpuMsPerRequest: 0.5, clientCpuMsPerRequest: 0.5 };
    expect(coresUsed(row)).toBeCloseTo(1.5);
    expect(cpuCeiling(row, 2)).toBeCloseTo(2 / 1.5);
    // SQLite runs have no database CPU of their own.
    expect(coresUsed({ rps: 250, serverCpuMsPerRequest: 4, databaseCpuMsPerRequest: null, clientCpuMsPerRequest: 0 })).toBeCloseTo(1);
  });

  it("gives no ceiling without CPU figures, answers or a core count", () => {
    expect(cpuCeiling({ rps: 0, serverCpuMsPerRequest: 4 }, 2)).toBeNaN();
    expect(cpuCeiling({ rps: 100 }, 2)).toBeNaN();
    expect(cpuCeiling({ rps: 100, serverCpuMsPerRequest: 4 }, NaN)).toBeNaN();
  });

  it("is reported beside each process comparison", () => {
    const withCpu = (processes, rps) => ({ users: 1, database: "sqlite", processes, rows: [{ key: "skills", label: "skills", rps, serverCpuMsPerRequest: 5, clientCpuMsPerRequest: 0.5 }] });
    const [c] = compareProcesses([withCpu(1, 240), withCpu(2, 330)], 2);
    expect(c.rows[0].baseCores).toBeCloseTo(1.32);
    expect(c.rows[0].ceiling).toBeCloseTo(2 / 1.32);
  });
});

describe("comparePostgres", () => {
  it("scores the Skills view's per-request read (me) like the other signed-in rows", () => {
    const runOf = (database, processes, rps) => ({ users: 1_000, database, processes, rows: [{ key: "me", label: "me", rps, p50Ms: 5 }] });
    const [pg] = comparePostgres([runOf("sqlite", 1, 100), runOf("postgres", 1, 65)]);
    expect(pg.rows[0]).toMatchObject({ key: "me", goal: 0.7, met: false });
    const [two] = compareProcesses([runOf("sqlite", 1, 100), runOf("sqlite", 2, 170)]);
    expect(two.rows[0]).toMatchObject({ key: "me", goal: 1.6, met: true });
  });

  it("gives PostgreSQL's share of SQLite's requests/s, same process count, with the goal on signed-in rows", () => {
    const runs = [run("sqlite", 1, [300, 40, 60, 100, 100]), run("sqlite", 2, [500, 80, 100, 180, 200]), run("postgres", 1, [330, 28, 41, 69, 100]), run("postgres", 2, [500, 80, 100, 180, 100])];
    const [one, two] = comparePostgres(runs);
    expect(one.processes).toBe(1);
    const byKey = Object.fromEntries(one.rows.map((r) => [r.key, r]));
    expect(byKey.static).toMatchObject({ ratio: 1.1, goal: null, met: null });
    expect(byKey.dashboard).toMatchObject({ baseRps: 40, rps: 28, goal: 0.7, met: true });
    expect(byKey.skills.met).toBe(false);
    expect(byKey.levelChange.met).toBe(false);
    expect(two.rows.find((r) => r.key === "levelChange10")).toMatchObject({ ratio: 0.5, met: false });
  });

  it("needs a SQLite run to compare with", () => {
    expect(comparePostgres([run("postgres", 1, [1, 1, 1, 1, 1])])).toEqual([]);
  });
});

describe("levelChangeLatency", () => {
  it("lists the p50 of every run and scores it with 2 processes", () => {
    const latency = levelChangeLatency([run("sqlite", 1, [1, 1, 1, 1, 100], 71), run("sqlite", 2, [1, 1, 1, 1, 400], 24), run("postgres", 2, [1, 1, 1, 1, 300], 25.5)]);
    expect(latency).toEqual([
      { users: 10_000, database: "sqlite", processes: 1, p50Ms: 71, rps: 100, goal: null, met: null },
      { users: 10_000, database: "sqlite", processes: 2, p50Ms: 24, rps: 400, goal: 25, met: true },
      { users: 10_000, database: "postgres", processes: 2, p50Ms: 25.5, rps: 300, goal: 25, met: false },
    ]);
  });

  it("does not count a row without answers as fast", () => {
    const [row] = levelChangeLatency([run("sqlite", 2, [1, 1, 1, 1, 0], null)]);
    expect(row.met).toBe(false);
  });
});

describe("checkGoals", () => {
  it("has nothing to compare in a single run", () => {
    const goals = checkGoals([run("sqlite", 1, [1, 1, 1, 1, 1])]);
    expect(goals.processes).toEqual([]);
    expect(goals.postgres).toEqual([]);
    expect(goals.latency).toHaveLength(1);
  });
});
