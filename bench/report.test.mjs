import { describe, expect, it } from "vitest";
import { compareRuns, describeRun } from "./report.mjs";

const run = (rows) => ({ rows: rows.map(([key, rps, p50Ms, cpu]) => ({ key, label: key, rps, p50Ms, serverCpuMsPerRequest: cpu })) });

describe("compareRuns", () => {
  it("divides each large-run row by the same row of the small run", () => {
    const small = run([["static", 500, 80, 2], ["skills", 80, 400, 15]]);
    const large = run([["static", 450, 88, 2.2], ["skills", 80, 400, 15]]);
    const [staticRow, skills] = compareRuns(small, large);
    expect(staticRow.key).toBe("static");
    expect(staticRow.rpsRatio).toBeCloseTo(0.9);
    expect(staticRow.p50Ratio).toBeCloseTo(1.1);
    expect(staticRow.cpuPerRequestRatio).toBeCloseTo(1.1);
    expect(skills).toMatchObject({ rpsRatio: 1, p50Ratio: 1, cpuPerRequestRatio: 1 });
  });
});

describe("describeRun", () => {
  it("names the size, the database and the process count, or just the label of a run without them", () => {
    expect(describeRun({ users: 10_000, database: "sqlite", processes: 1 })).toBe("10,000 users · SQLite · 1 process");
    expect(describeRun({ users: 100, database: "postgres", processes: 2 })).toBe("100 users · PostgreSQL · 2 processes");
    expect(describeRun({ users: 300 })).toBe("300 users");
    expect(describeRun({ users: "bare Next.js app" })).toBe("bare Next.js app");
  });
});
