import { describe, expect, it } from "vitest";
import type { Level } from "./levels";
import { recommendNext, recommendNextWithRubric } from "./recommendations";
import { firstDocLink, statementsAddedAt } from "./rubrics";
import { SKILLS } from "./roadmap";

const atTier = (tier: "junior" | "mid" | "senior") =>
  Object.fromEntries(SKILLS.map((s) => [s.id, s.required[tier]])) as Record<string, Level>;

describe("recommendNext", () => {
  it("for a new user ranks Junior upgrades by points, then roadmap order", () => {
    const r = recommendNext({});
    expect(r?.tier).toBe("junior");
    expect(r?.items).toHaveLength(5);
    // Python Fundamentals needs Intermediate (2 points); the rest need Beginner (1 point).
    expect(r?.items[0]).toEqual({ skillId: "python-fundamentals", name: "Python Fundamentals", from: 0, to: 2, points: 2, percentGain: 10 });
    expect(r?.items.slice(1).map((i) => i.skillId)).toEqual([
      "internet-networking-basics",
      "linux-basics",
      "oop-advanced-python",
      "language-oriented-algorithms",
    ]);
    expect(r?.items[1]).toMatchObject({ from: 0, to: 1, points: 1, percentGain: 5 });
  });

  it("moves to Mid once Junior is met, counts only the missing points, and floors the gain", () => {
    const r = recommendNext(atTier("junior"));
    expect(r?.tier).toBe("mid");
    // Five 2-point gaps, in roadmap order; Authentication & Authorization is Beginner → Expert.
    expect(r?.items.map((i) => [i.skillId, i.from, i.to, i.points])).toEqual([
      ["problem-solving-data-structures", 0, 2, 2],
      ["authentication-authorization", 1, 3, 2],
      ["integration-api-tests", 0, 2, 2],
      ["design-patterns", 0, 2, 2],
      ["ci-cd", 0, 2, 2],
    ]);
    // Mid has 59 points: 20 → 22 points is 33 % → 37 %.
    expect(r?.items[0]?.percentGain).toBe(4);
  });

  it("returns fewer items when fewer gaps remain, and null when all is met", () => {
    const almost = { ...atTier("senior"), git: 2 as Level };
    expect(recommendNext(almost)).toEqual({
      tier: "senior",
      items: [{ skillId: "git", name: "Git", from: 2, to: 3, points: 1, percentGain: 1 }],
    });
    expect(recommendNext(atTier("senior"))).toBeNull();
  });

  it("respects the limit", () => {
    expect(recommendNext({}, 2)?.items).toHaveLength(2);
  });
});

describe("recommendNextWithRubric", () => {
  it("adds what each upgrade asks (the levels it climbs) and the first documentation link", () => {
    const r = recommendNextWithRubric({ "python-fundamentals": 1 });
    expect(r?.items.map((i) => i.skillId)).toEqual(recommendNext({ "python-fundamentals": 1 })?.items.map((i) => i.skillId));
    const python = r?.items.find((i) => i.skillId === "python-fundamentals");
    expect(python?.asks).toEqual([{ level: 2, statements: statementsAddedAt("python-fundamentals", 2) }]);
    expect(python?.doc).toEqual(firstDocLink("python-fundamentals"));
    const fresh = recommendNextWithRubric({});
    expect(fresh?.items[0]?.asks.map((a) => a.level)).toEqual([1, 2]);
    for (const item of fresh?.items ?? []) {
      expect(item.asks.length).toBe(item.to - item.from);
      expect(item.doc?.url).toMatch(/^https:\/\//);
    }
  });

  it("is null when every tier is met", () => {
    expect(recommendNextWithRubric(Object.fromEntries(SKILLS.map((s) => [s.id, 3 as Level])))).toBeNull();
  });
});
