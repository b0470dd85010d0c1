import type { Level } from "./levels";
import { computeTierReadiness, type LevelMap } from "./readiness";
import { SKILLS, TIERS, type Tier } from "./roadmap";
import { firstDocLink, upgradeStatements, type DocLink, type LevelStatements } from "./rubrics";

export type Recommendation = {
  skillId: string;
  name: string;
  from: Level;
  to: Level;
  /** Level points the upgrade adds to the tier. */
  points: number;
  /** Whole percent the tier's readiness rises by. */
  percentGain: number;
};

export type LearnNext = { tier: Tier; items: Recommendation[] } | null;

/**
 * The upgrades that raise the first unmet tier's readiness the most: each gap raised to the level
 * the tier needs, most points first, ties in roadmap order. Null when every tier is met.
 */
export function recommendNext(levels: LevelMap, limit = 5): LearnNext {
  for (const tier of TIERS) {
    const r = computeTierReadiness(levels, tier);
    if (r.ready) continue;
    const items = r.gaps
      .map((gap): Recommendation => {
        const points = gap.needed - gap.held;
        const percentGain = Math.floor((100 * (r.points + points)) / r.total) - r.percent;
        return { skillId: gap.skillId, name: gap.name, from: gap.held, to: gap.needed, points, percentGain };
      })
      .sort((a, b) => b.points - a.points || roadmapOrder(a.skillId) - roadmapOrder(b.skillId))
      .slice(0, limit);
    return { tier, items };
  }
  return null;
}

/** A recommendation with what the upgrade asks: the statements of each level it climbs, and the first doc. */
export type RecommendationWithRubric = Recommendation & { asks: LevelStatements[]; doc: DocLink | null };

export type LearnNextWithRubric = { tier: Tier; items: RecommendationWithRubric[] } | null;

/** recommendNext, each upgrade with its rubric statements and first documentation link. */
export function recommendNextWithRubric(levels: LevelMap, limit = 5): LearnNextWithRubric {
  const next = recommendNext(levels, limit);
  if (!next) return null;
  return {
    tier: next.tier,
    items: next.items.map((item) => ({
      ...item,
      asks: upgradeStatements(item.skillId, item.from, item.to),
      doc: firstDocLink(item.skillId) ?? null,
    })),
  };
}

const ORDER = new Map(SKILLS.map((s, i) => [s.id, i]));
function roadmapOrder(skillId: string): number {
  return ORDER.get(skillId) ?? Number.MAX_SAFE_INTEGER;
}
