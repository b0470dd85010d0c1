import { describe, expect, it } from "vitest";
import type { Level } from "./levels";
import { computeReadiness, computeTierReadiness, readinessPercents, summarizeReadiness, type LevelMap } from "./readiness";
import { CATEGORIES, SKILLS } from "./roadmap";

function allAt(level: Level): LevelMap {
  return Object.fromEntries(SKILLS.map((s) => [s.id, level]));
}

describe("roadmap data", () => {
  it("has 34 skills in 14 categories with unique slug ids", () => {
    expect(SKILLS).toHaveLength(34);
    expect(CATEGORIES).toHaveLength(14);
    expect(new Set(SKILLS.map((s) => s.id)).size).toBe(34);
    for (const s of SKILLS) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("matches roadmap.md's totals", () => {
    const sum = (tier: "junior" | "mid" | "senior") =>
      SKILLS.reduce((acc, s) => acc + s.required[tier], 0);
    expect(SKILLS.filter((s) => s.required.junior > 0)).toHaveLength(19);
    expect(sum("junior")).toBe(20);
    expect(sum("mid")).toBe(59);
    expect(sum("senior")).toBe(102);
  });
});

describe("computeReadiness", () => {
  it("gives a new user 0 % everywhere", () => {
    const r = computeReadiness({});
    expect(summarizeReadiness(r)).toEqual({
      junior: { percent: 0, ready: false },
      mid: { percent: 0, ready: false },
      senior: { percent: 0, ready: false },
    });
    expect(r.junior.gaps).toHaveLength(19);
    expect(r.mid.gaps).toHaveLength(34);
    expect(r.senior.gaps).toHaveLength(34);
  });

  it("gives Beginner on everything Junior 95, Mid 57, Senior 33", () => {
    const r = computeReadiness(allAt(1));
    expect(r.junior).toMatchObject({ percent: 95, ready: false, points: 19, total: 20 });
    expect(r.mid).toMatchObject({ percent: 57, ready: false, points: 34, total: 59 });
    expect(r.senior).toMatchObject({ percent: 33, ready: false, points: 34, total: 102 });
    expect(r.junior.gaps).toEqual([
      { skillId: "python-fundamentals", name: "Python Fundamentals", held: 1, needed: 2 },
    ]);
  });

  it("gives Expert on everything 100 % and ready at every tier", () => {
    const r = computeReadiness(allAt(3));
    for (const tier of ["junior", "mid", "senior"] as const) {
      expect(r[tier].percent).toBe(100);
      expect(r[tier].ready).toBe(true);
      expect(r[tier].gaps).toEqual([]);
    }
    expect(r.junior.met).toHaveLength(19);
  });

  it("gives no extra credit above the needed level", () => {
    const onlyPython = computeTierReadiness({ "python-fundamentals": 3 }, "junior");
    expect(onlyPython.points).toBe(2);
    expect(onlyPython.percent).toBe(10);
  });

  it("floors the percent at the tier boundaries", () => {
    // Junior: 20 points, so each point is exactly 5 %.
    expect(computeTierReadiness({ "linux-basics": 1 }, "junior").percent).toBe(5);
    // Mid: 59 points; 1 point = 1.69 %, 58 points = 98.3 %.
    expect(computeTierReadiness({ "linux-basics": 1 }, "mid").percent).toBe(1);
    const almostMid = { ...allAt(3), "linux-basics": 1 as Level };
    expect(computeTierReadiness(almostMid, "mid")).toMatchObject({ points: 58, percent: 98, ready: false });
    // Senior: 102 points; 101 points = 99.02 %, never rounded up to 100.
    const almostSenior = { ...allAt(3), git: 2 as Level };
    expect(computeTierReadiness(almostSenior, "senior")).toMatchObject({ points: 101, percent: 99, ready: false });
  });

  it("is ready exactly when every required skill is met", () => {
    const junior = Object.fromEntries(SKILLS.map((s) => [s.id, s.required.junior]));
    const r = computeReadiness(junior);
    expect(r.junior).toMatchObject({ percent: 100, ready: true, gaps: [] });
    expect(r.mid.ready).toBe(false);
    const mid = Object.fromEntries(SKILLS.map((s) => [s.id, s.required.mid]));
    expect(computeReadiness(mid).mid).toMatchObject({ percent: 100, ready: true });
    expect(computeReadiness(mid).senior.ready).toBe(false);
  });

  it("ignores skills a tier does not require", () => {
    const r = computeTierReadiness({ kubernetes: 3, graphql: 3 }, "junior");
    expect(r.points).toBe(0);
    expect(r.met).toEqual([]);
    expect(r.gaps.some((g) => g.skillId === "kubernetes")).toBe(false);
  });

  it("lists gaps with level held and needed, largest shortfall first, then roadmap order", () => {
    const r = computeTierReadiness({ "linux-basics": 1, "python-fundamentals": 1 }, "mid");
    expect(r.gaps[0]).toEqual({ skillId: "authentication-authorization", name: "Authentication & Authorization", held: 0, needed: 3 });
    const python = r.gaps.find((g) => g.skillId === "python-fundamentals");
    expect(python).toEqual({ skillId: "python-fundamentals", name: "Python Fundamentals", held: 1, needed: 3 });
    expect(r.gaps.find((g) => g.skillId === "linux-basics")).toMatchObject({ held: 1, needed: 2 });
    const shortfalls = r.gaps.map((g) => g.needed - g.held);
    expect([...shortfalls].sort((a, b) => b - a)).toEqual(shortfalls);
    expect(r.gaps).toHaveLength(34);
    expect(r.met).toEqual([]);
  });
});

describe("readinessPercents", () => {
  it("gives computeReadiness's percents for any levels (random maps, every skill and level)", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const maps: Record<string, Level>[] = [{}, Object.fromEntries(SKILLS.map((s) => [s.id, 3 as Level]))];
    for (let i = 0; i < 200; i++) {
      const levels: Record<string, Level> = {};
      for (const skill of SKILLS) if (next() < 0.6) levels[skill.id] = Math.floor(next() * 4) as Level;
      maps.push(levels);
    }
    for (const levels of maps) {
      const full = computeReadiness(levels);
      expect(readinessPercents(levels)).toEqual({ junior: full.junior.percent, mid: full.mid.percent, senior: full.senior.percent });
    }
  });
});
