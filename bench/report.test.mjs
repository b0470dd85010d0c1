import { describe, expect, it } from "vitest";
import { compareRuns } from "./report.mjs";

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
