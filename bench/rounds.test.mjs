import { describe, expect, it } from "vitest";
import { mergeRounds } from "./rounds.mjs";

const row = (key, rps, extra = {}) => ({
  key, label: key, rps, p50Ms: 1000 / rps, p99Ms: 3000 / rps, serverCpuMsPerRequest: 400 / rps, durationS: 10,
  requests: rps * 10, errors: 0, peakRssMb: 200, ...extra,
});

describe("mergeRounds", () => {
  it("leaves a row measured once as it is", () => {
    const rows = [row("static", 500), row("skills", 80)];
    expect(mergeRounds(rows)).toEqual(rows);
  });

  it("takes each figure's median over the rounds, sums counts and keeps the highest RSS", () => {
    const rows = [
      row("static", 500), row("skills", 80, { errors: 1 }),
      row("static", 200, { peakRssMb: 240 }), row("skills", 90),
      row("static", 480), row("skills", 40, { errors: 2 }),
    ];
    const [staticRow, skills] = mergeRounds(rows);
    expect(staticRow).toMatchObject({ key: "static", rounds: 3, rps: 480, p50Ms: 1000 / 480, requests: 11_800, peakRssMb: 240 });
    expect(staticRow.rpsSamples).toEqual([500, 200, 480]);
    expect(skills).toMatchObject({ key: "skills", rps: 80, serverCpuMsPerRequest: 5, errors: 3 });
  });

  it("takes the medians of the database's and the load generator's CPU too, null where there was none", () => {
    const rows = [1, 2, 3].map((i) => row("skills", 80, { databaseCpuMsPerRequest: i, clientCpuMsPerRequest: i / 10 }));
    expect(mergeRounds(rows)[0]).toMatchObject({ databaseCpuMsPerRequest: 2, clientCpuMsPerRequest: 0.2 });
    const sqlite = [1, 2].map(() => row("skills", 80, { databaseCpuMsPerRequest: null }));
    expect(mergeRounds(sqlite)[0].databaseCpuMsPerRequest).toBeNull();
  });

  it("averages the middle two of an even number of rounds and ignores missing figures", () => {
    const [merged] = mergeRounds([row("badge", 100), row("badge", 300), row("badge", 200, { p50Ms: null }), row("badge", 400)]);
    expect(merged.rps).toBe(250);
    expect(merged.p50Ms).toBeCloseTo(1000 / 300);
  });
});
