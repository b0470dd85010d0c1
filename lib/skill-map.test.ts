import { describe, expect, it } from "vitest";
import type { Level } from "./levels";
import { computeTierReadiness, type LevelMap } from "./readiness";
import { CATEGORIES, SKILLS, TIERS, type Tier } from "./roadmap";
import { buildSkillMap, buildSkillMaps, cellState, firstMapTier, skillMapCells, type CellState } from "./skill-map";

const allAt = (level: Level): LevelMap => Object.fromEntries(SKILLS.map((s) => [s.id, level]));
const atTier = (tier: Tier): LevelMap => Object.fromEntries(SKILLS.map((s) => [s.id, s.required[tier]]));
const stateOf = (tier: Tier, levels: LevelMap, id: string) =>
  skillMapCells(buildSkillMap(tier, levels)).find((c) => c.skillId === id)!.state;

describe("cellState", () => {
  it("classifies held against needed", () => {
    const cases: Array<[Level, Level, CellState]> = [
      [0, 0, "not-needed"],
      [3, 0, "not-needed"],
      [1, 1, "met"],
      [3, 1, "met"],
      [0, 1, "one-short"],
      [1, 2, "one-short"],
      [2, 3, "one-short"],
      [0, 2, "two-plus-short"],
      [1, 3, "two-plus-short"],
      [0, 3, "two-plus-short"],
    ];
    for (const [held, needed, state] of cases) expect(cellState(held, needed), `${held}/${needed}`).toBe(state);
  });
});

describe("buildSkillMap", () => {
  it("has 34 cells in the 14 categories in roadmap order, for every tier", () => {
    for (const tier of TIERS) {
      const map = buildSkillMap(tier, {});
      expect(map.tier).toBe(tier);
      expect(map.categories.map((c) => c.categoryId)).toEqual(CATEGORIES.map((c) => c.id));
      expect(map.categories.map((c) => c.category)).toEqual(CATEGORIES.map((c) => c.name));
      expect(skillMapCells(map).map((c) => c.skillId)).toEqual(SKILLS.map((s) => s.id));
      for (const c of map.categories) for (const cell of c.cells) expect(cell.categoryId).toBe(c.categoryId);
    }
  });

  it("gives a learner with no levels every required skill short and the rest not needed", () => {
    const junior = buildSkillMap("junior", {});
    expect(junior.counts).toEqual({ met: 0, "one-short": 18, "two-plus-short": 1, "not-needed": 15 });
    expect(stateOf("junior", {}, "python-fundamentals")).toBe("two-plus-short");
    expect(stateOf("junior", {}, "kubernetes")).toBe("not-needed");
    expect(skillMapCells(junior).find((c) => c.skillId === "kubernetes")).toMatchObject({ held: 0, needed: 0 });
    // Mid: 11 skills at Beginner, 21 at Intermediate, 2 at Expert; nothing is "not needed".
    expect(buildSkillMap("mid", {}).counts).toEqual({ met: 0, "one-short": 11, "two-plus-short": 23, "not-needed": 0 });
    expect(buildSkillMap("senior", {}).counts).toEqual({ met: 0, "one-short": 0, "two-plus-short": 34, "not-needed": 0 });
  });

  it("gives Expert on everything met wherever the tier needs something", () => {
    expect(buildSkillMap("junior", allAt(3)).counts).toEqual({ met: 19, "one-short": 0, "two-plus-short": 0, "not-needed": 15 });
    expect(buildSkillMap("mid", allAt(3)).counts.met).toBe(34);
    expect(buildSkillMap("senior", allAt(3)).counts.met).toBe(34);
  });

  it("keeps a level held on a skill the tier does not need, still not needed", () => {
    const cell = skillMapCells(buildSkillMap("junior", allAt(3))).find((c) => c.skillId === "kubernetes");
    expect(cell).toMatchObject({ held: 3, needed: 0, state: "not-needed" });
  });

  it("is met exactly at the requirement, and one or two short below it", () => {
    for (const tier of TIERS) {
      const { counts } = buildSkillMap(tier, atTier(tier));
      expect(counts["one-short"] + counts["two-plus-short"], tier).toBe(0);
    }
    expect(stateOf("mid", { "python-fundamentals": 3 }, "python-fundamentals")).toBe("met");
    expect(stateOf("mid", { "python-fundamentals": 2 }, "python-fundamentals")).toBe("one-short");
    expect(stateOf("mid", { "python-fundamentals": 1 }, "python-fundamentals")).toBe("two-plus-short");
    expect(stateOf("mid", { "bash-shell-scripting": 1 }, "bash-shell-scripting")).toBe("met");
    expect(stateOf("senior", { "bash-shell-scripting": 1 }, "bash-shell-scripting")).toBe("two-plus-short");
    expect(stateOf("senior", { "bash-shell-scripting": 2 }, "bash-shell-scripting")).toBe("one-short");
    expect(stateOf("junior", { "bash-shell-scripting": 1 }, "bash-shell-scripting")).toBe("not-needed");
  });

  it("agrees with readiness: met cells are its met list, short cells are its gaps", () => {
    const samples: LevelMap[] = [
      {},
      allAt(1),
      allAt(2),
      allAt(3),
      atTier("junior"),
      atTier("mid"),
      Object.fromEntries(SKILLS.map((s, i) => [s.id, (i % 4) as Level])),
    ];
    for (const levels of samples) {
      for (const tier of TIERS) {
        const map = buildSkillMap(tier, levels);
        const r = computeTierReadiness(levels, tier);
        const cells = skillMapCells(map);
        expect(map.counts.met).toBe(r.met.length);
        expect(cells.filter((c) => c.state === "met").map((c) => c.skillId)).toEqual(r.met.map((m) => m.skillId));
        const short = cells.filter((c) => c.state === "one-short" || c.state === "two-plus-short");
        expect(short.map(({ skillId, name, held, needed }) => ({ skillId, name, held, needed })).sort(byId)).toEqual(
          [...r.gaps].sort(byId),
        );
        expect(cells.filter((c) => c.needed > 0).reduce((sum, c) => sum + c.needed, 0)).toBe(r.total);
      }
    }
  });
});

describe("buildSkillMaps", () => {
  it("gives each tier its own map", () => {
    const maps = buildSkillMaps(allAt(1));
    for (const tier of TIERS) expect(maps[tier]).toEqual(buildSkillMap(tier, allAt(1)));
  });
});

function byId(a: { skillId: string }, b: { skillId: string }): number {
  return a.skillId.localeCompare(b.skillId);
}

describe("firstMapTier", () => {
  it("opens on the goal's tier, else the first tier not met, else Senior", () => {
    expect(firstMapTier({})).toBe("junior");
    expect(firstMapTier({}, "senior")).toBe("senior");
    expect(firstMapTier(atTier("junior"))).toBe("mid");
    expect(firstMapTier(atTier("mid"))).toBe("senior");
    expect(firstMapTier(allAt(3))).toBe("senior");
    expect(firstMapTier(allAt(3), "junior")).toBe("junior");
  });
});
